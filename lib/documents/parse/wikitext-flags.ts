// Maintenance templates that mark a problem with the text ("citation needed", "essay-like"...).
// They leave the reader's text but become flags a fact-checker can work through.

// prettier-ignore
const KINDS: Record<string, string[]> = {
  "citation needed": [
    "citation needed", "cn", "fact", "citation-needed", "cite needed", "citeneeded", "needs citation", "ref needed",
    "refneeded", "source needed", "citation needed span", "cn span", "unreferenced inline",
    "cita requerida", "cita necesaria", "referencia necesaria", "refnec", "référence nécessaire", "ref nec",
  ],
  "more citations needed": [
    "more citations needed", "refimprove", "more citations needed section", "refimprove section",
    "citations missing", "more sources", "belege fehlen", "belege",
  ],
  unreferenced: ["unreferenced", "unreferenced section", "unsourced", "no references"],
  "essay-like": ["essay-like", "essay", "essay-like section", "personal reflection"],
  "original research": [
    "original research", "original research section", "or", "original research inline", "or inline", "synthesis",
    "synthesis inline",
  ],
  clarify: ["clarify", "clarification needed", "clarify span", "explain"],
  who: ["who", "by whom", "according to whom", "whom"],
  when: ["when", "when?"],
  which: ["which", "which?"],
  vague: ["vague"],
  dubious: ["dubious", "dubious span"],
  disputed: ["disputed", "disputed inline", "disputed section", "disputed-inline", "accuracy", "factual accuracy"],
  "failed verification": [
    "failed verification", "failed verification span", "not in citation", "not in source", "verification failed",
  ],
  "verification needed": ["verification needed", "verify source", "verify credibility"],
  "better source needed": [
    "better source needed", "better source", "unreliable source?", "unreliable source", "self-published inline",
    "primary source inline", "third-party inline",
  ],
  neutrality: [
    "pov", "npov", "pov section", "pov statement", "neutrality", "pov-check", "npov language", "undue weight",
    "undue", "one source",
  ],
  "weasel words": [
    "weasel", "weasel inline", "weasel words", "weasel-inline", "peacock", "peacock inline", "peacock term",
  ],
  "update needed": ["update", "update inline", "update after", "outdated", "out of date", "as of?"],
  "page needed": ["page needed", "page number needed", "pn", "page?", "full citation needed", "full citation", "fcn"],
  "dead link": ["dead link", "deadlink", "404"],
  "copy edit": ["copy edit", "copyedit", "cleanup", "cleanup rewrite"],
};

const BY_NAME = new Map<string, string>();
for (const [kind, names] of Object.entries(KINDS)) for (const n of names) BY_NAME.set(n, kind);

/** The flag kind for a template name (lowercase, spaces for underscores), if it is a maintenance template. */
export function flagKind(name: string): string | undefined {
  return BY_NAME.get(name);
}
