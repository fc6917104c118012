import { test } from "vitest";
import { parseEndnotes } from "@/lib/documents/parse/endnotes";
import fs from "node:fs";
test("x", () => {
  const t = fs.readFileSync("prisma/demo/world-war-drugs.txt", "utf8");
  const d = parseEndnotes(t);
  console.log(d.sections, d.warnings, d.sources.map(s=>s.key+" "+s.title+" | "+s.url), d.citations.map(c=>`${c.label}->${c.sourceKey} «${d.text.slice(c.position-30,c.position)}|${d.text.slice(c.position,c.position+10)}»`).join("\n"));
  console.log(d.text.slice(0,600)); console.log("....", d.text.slice(-1500));
});
