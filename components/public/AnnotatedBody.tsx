import { AnnotatedText, type TextRun } from "@/components/documents/AnnotatedText";
import { MarkedText } from "@/components/documents/MarkedText";
import type { Block, Segment } from "@/lib/documents/blocks";

/** A published claim as its highlight shows it; addresses and colours are worked out on the server. */
export interface ClaimMark {
  id: string;
  headline: string;
  href: string;
  /** The verdict's label, or "Not rated". */
  label: string;
  /** A checked hex colour and its light tint. */
  color: string;
  tint: string;
  /** Anchor length: where claims overlap, a run links to the innermost. */
  span: number;
}

export interface AnnotatedBodyProps {
  blocks: Block[];
  claims: ClaimMark[];
}

/**
 * The document text with each published claim highlighted in its verdict's colour. Plain links,
 * so it works without JavaScript. Where claims overlap, the run links to the innermost claim;
 * every claim also gets a labelled verdict tag after its last run, so none is colour-only or
 * unreachable, and an `id="claim-<id>"` anchor before its first run. Pure: it imports nothing
 * from the server, since the island that renders it (./DocumentTextIsland.tsx) is a client module.
 */
export function AnnotatedBody({ blocks, claims }: AnnotatedBodyProps) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const lastRun = new Map<string, Segment>();
  for (const b of blocks)
    for (const s of b.segments) if (s.kind === "text") for (const id of s.claims) lastRun.set(id, s);
  const started = new Set<string>();

  const renderHighlight = (s: TextRun, i: number) => {
    const anchors = s.claims.filter((id) => !started.has(id));
    anchors.forEach((id) => started.add(id));
    const inner = byId.get([...s.claims].sort((a, b) => (byId.get(a)?.span ?? 0) - (byId.get(b)?.span ?? 0))[0]);
    const ends = s.claims.filter((id) => lastRun.get(id) === s);
    const title = s.claims.map((id) => `${byId.get(id)?.label ?? "Not rated"}: ${byId.get(id)?.headline}`).join("\n");
    return (
      <span key={i}>
        {anchors.map((id) => (
          <span key={id} id={`claim-${id}`} className="scroll-mt-8" />
        ))}
        <a
          href={inner?.href}
          title={title}
          data-claims={s.claims.join(" ")}
          className="rounded-sm underline underline-offset-4 hover:decoration-stone-900"
          style={{
            color: "#1c1917",
            backgroundColor: inner?.tint,
            textDecorationColor: inner?.color,
            textDecorationThickness: `${s.claims.length > 1 ? 4 : 2}px`,
          }}
        >
          <MarkedText segment={s} />
        </a>
        {ends.map((id) => (
          <sup key={id} className="ml-0.5 whitespace-nowrap">
            <a
              href={byId.get(id)?.href}
              className="verdict-tag rounded-sm border px-1 text-[0.7rem] font-semibold no-underline"
              style={{ borderColor: byId.get(id)?.color }}
            >
              {byId.get(id)?.label ?? "Not rated"}
            </a>
          </sup>
        ))}
      </span>
    );
  };

  return <AnnotatedText blocks={blocks} citationHref={(id) => `#source-${id}`} highlight={renderHighlight} />;
}
