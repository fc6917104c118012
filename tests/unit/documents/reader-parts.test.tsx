// The desk reader of a huge document renders in parts (issue 22): a 4.8 MB import made a 15 MB
// page. The page's reader, rendered as the page renders it, stays under a stated bound whatever
// the document's size; a claim deep in the document opens the part that holds it.
import { describe, expect, it, vi } from "vitest";
import { renderToString } from "react-dom/server";
import { ClaimReader } from "@/components/claims/ClaimReader";
import { ReaderPartNav } from "@/components/documents/ReaderPartNav";
import { documentParts, READER_PART_CHARS } from "@/lib/documents/parts";
import { readerPart, type ReaderDoc } from "@/lib/documents/reader-part";

/** What one reader page may carry: its HTML plus the props React sends along to hydrate it. */
const PAGE_BOUND = 1_000_000;

function bigDocument(): ReaderDoc {
  const lines: string[] = [];
  const sections: ReaderDoc["sections"] = [];
  const citations: ReaderDoc["citations"] = [];
  let at = 0;
  for (let s = 0; at < 4_800_000; s++) {
    const title = `Section ${s}`;
    sections.push({ start: at, end: at + title.length, level: 2, title });
    lines.push(title);
    at += title.length + 2;
    for (let p = 0; p < 40; p++) {
      const line = `Paragraph ${s}.${p}: the committee heard that shipments were flown through the base under cover of aid, and the agency knew.`;
      citations.push({ id: `c${s}.${p}`, start: at + line.length, sourceId: `src${(s * 40 + p) % 500}`, label: null });
      lines.push(line);
      at += line.length + 2;
    }
  }
  return { text: lines.join("\n\n"), sections, quotations: [], citations };
}

// The reader asks for the router (to refresh after a claim is made); rendering never calls it.
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  useRouter: () => ({ push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} }),
}));

function renderPage(
  doc: ReaderDoc,
  claims: { id: string; start: number; end: number }[],
  ask: { part?: string; claim?: string },
  maxChars = READER_PART_CHARS,
) {
  const view = readerPart(doc, claims, ask, maxChars);
  const props = {
    slug: "ws",
    documentId: "d1",
    versionId: "v1",
    initialSelected: view.selected,
    blocks: view.blocks,
    claims: claims.map((c) => ({
      ...c,
      headline: `Claim ${c.id}`,
      status: "draft",
      claimant: null,
      here: view.claimsHere.has(c.id),
    })),
    claimants: [],
    canCreate: true,
  };
  const html = renderToString(
    <>
      <ReaderPartNav base="/desk/ws/documents/d1" parts={view.parts} current={view.part.n} />
      <ClaimReader {...props} />
    </>,
  );
  // The RSC payload repeats the client component's props; count them as JSON.
  return { view, html, bytes: Buffer.byteLength(html) + Buffer.byteLength(JSON.stringify(props)) };
}

describe("desk reader in parts", () => {
  const doc = bigDocument();
  const deep = doc.text.indexOf("Paragraph 700.3:");
  const claims = [
    { id: "early", start: 20, end: 60 },
    { id: "deep", start: deep, end: deep + 40 },
  ];

  it("splits a 4.8 MB document into parts of at most READER_PART_CHARS, covering it exactly, breaking at headings", () => {
    const parts = documentParts(doc.text, doc.sections);
    expect(parts.length).toBeGreaterThan(40);
    expect(parts[0].start).toBe(0);
    expect(parts.at(-1)!.end).toBe(doc.text.length);
    for (let i = 0; i < parts.length; i++) {
      expect(parts[i].end - parts[i].start).toBeLessThanOrEqual(READER_PART_CHARS);
      if (i) expect(parts[i].start).toBe(parts[i - 1].end);
      if (i) expect(doc.sections.some((s) => s.start === parts[i].start)).toBe(true);
    }
  });

  it("cuts one huge line into parts too", () => {
    const line = "word ".repeat(500_000);
    const parts = documentParts(line, []);
    expect(parts.length).toBeGreaterThan(20);
    expect(parts.every((p) => p.end - p.start <= READER_PART_CHARS)).toBe(true);
    expect(parts.map((p) => line.slice(p.start, p.end)).join("")).toBe(line);
  });

  it(`keeps the reader page of a 4.8 MB document under ${PAGE_BOUND / 1e6} MB, on any part`, () => {
    expect(doc.text.length).toBeGreaterThan(4_800_000);
    for (const part of ["1", "25", String(documentParts(doc.text, doc.sections).length)]) {
      const { html, bytes } = renderPage(doc, claims, { part });
      expect(bytes).toBeLessThan(PAGE_BOUND);
      expect(html).toContain("Next part");
    }
  });

  it("(the witness) the same document in one part is far over the bound", () => {
    expect(renderPage(doc, claims, {}, Infinity).bytes).toBeGreaterThan(10 * PAGE_BOUND);
  });

  it("opens the part holding a claim deep in the document, with the claim highlighted and selected", () => {
    const { view, html } = renderPage(doc, claims, { claim: "deep" });
    expect(view.part.start).toBeLessThanOrEqual(deep);
    expect(view.part.end).toBeGreaterThan(deep);
    expect(view.part.n).toBeGreaterThan(1);
    expect(view.selected).toBe("deep");
    expect(html).toMatch(/<mark[^>]*data-claims="deep"/);
    expect(html).toContain("Paragraph 700.3:");
    expect(html).not.toContain("Paragraph 0.0:");
    // Citation numbers are the whole document's, not restarted in the part.
    expect(html).toMatch(/aria-label="source (\d+)"/);
    // The early claim is listed but lives in another part.
    expect(view.claimsHere.has("early")).toBe(false);
  });

  it("a short document is one part with no part navigation", () => {
    const small: ReaderDoc = {
      text: "Heading\n\nOne paragraph.",
      sections: [{ start: 0, end: 7, level: 2, title: "Heading" }],
      quotations: [],
      citations: [],
    };
    const { view, html } = renderPage(small, [], {});
    expect(view.parts).toHaveLength(1);
    expect(view.text).toBe(small.text);
    expect(html).not.toContain("Document parts");
  });
});
