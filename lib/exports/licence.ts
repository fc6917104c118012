// Workspace.licence ("CC BY 4.0", "CC0", "ODbL 1.0", free text) → a Data Package licence object:
// an Open Definition / SPDX id as `name` and the licence's URL as `path` where we know them.
export interface PackageLicense {
  name: string;
  path?: string;
  title: string;
}

const KNOWN: Record<string, { name: string; path: string }> = {
  CC0: { name: "CC0-1.0", path: "https://creativecommons.org/publicdomain/zero/1.0/" },
  "CC0-1.0": { name: "CC0-1.0", path: "https://creativecommons.org/publicdomain/zero/1.0/" },
  ODBL: { name: "ODbL-1.0", path: "https://opendatacommons.org/licenses/odbl/1-0/" },
  "ODBL-1.0": { name: "ODbL-1.0", path: "https://opendatacommons.org/licenses/odbl/1-0/" },
  PDDL: { name: "PDDL-1.0", path: "https://opendatacommons.org/licenses/pddl/1-0/" },
  "PDDL-1.0": { name: "PDDL-1.0", path: "https://opendatacommons.org/licenses/pddl/1-0/" },
  "ODC-BY": { name: "ODC-By-1.0", path: "https://opendatacommons.org/licenses/by/1-0/" },
  "ODC-BY-1.0": { name: "ODC-By-1.0", path: "https://opendatacommons.org/licenses/by/1-0/" },
};

export function licenseOf(licence: string): PackageLicense {
  const title = licence.trim() || "unspecified";
  const key = title.toUpperCase().replace(/[\s_]+/g, "-");
  if (KNOWN[key]) return { ...KNOWN[key], title };
  // Creative Commons: "CC BY 4.0", "CC-BY-SA-4.0", "cc by-nc 3.0" …
  const cc = key.match(/^CC-(BY(?:-(?:NC|SA|ND))*)-(\d\.\d)$/);
  if (cc)
    return {
      name: `CC-${cc[1]}-${cc[2]}`,
      path: `https://creativecommons.org/licenses/${cc[1].toLowerCase()}/${cc[2]}/`,
      title,
    };
  // Unknown licence text: keep it as the title; `name` must be an id-like token.
  return {
    name:
      key
        .toLowerCase()
        .replace(/[^a-z0-9.-]+/g, "-")
        .replace(/^-+|-+$/g, "") || "other",
    title,
  };
}
