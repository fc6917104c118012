import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

// Pages speak in words people use (issue 23): no stored value from the Prisma schema's enums, no
// audit action name and no bare record id appears as visible text on the pages the e2e suite
// visits. Values that are also English words ("published", "draft") are fine inside a sentence;
// they fail only shown on their own (a badge, a table cell, "(draft)", "draft · factual").

const ENUM_VALUES = [...readFileSync("prisma/schema.prisma", "utf8").matchAll(/^enum \w+ \{([^}]*)\}/gm)]
  .flatMap((m) => m[1].split("\n"))
  .map((l) => l.trim())
  .filter((l) => /^[a-z][a-z_]*$/.test(l));
const SNAKE = ENUM_VALUES.filter((v) => v.includes("_"));
const WORDS = new Set(ENUM_VALUES);
// "claim.create", "source.link_check": audit action names.
const ACTION =
  /\b(?:claim|claimant|document|source|evidence|comment|relation|rating|scale|member|membership|token|view|workspace|correction|review|suggestion|dataset|trash)\.[a-z_]{3,}\b/;
// "Document cmx5cq2x": a record named by a slice of its id.
const BARE_ID = /\b(?:Claim|Claimant|Document|Source|Evidence|Comment|Membership|Rating)\s+c[a-z0-9]{7,}\b/;

/** What a person reads on the page: the body's rendered text and the choices in its selects. */
async function visibleText(page: Page): Promise<string> {
  const body = await page.locator("body").innerText();
  const choices = await page.locator("select option").allTextContents();
  return `${body}\n${choices.join("\n")}`;
}

function problems(text: string): string[] {
  const out: string[] = [];
  for (const v of SNAKE) {
    const m = new RegExp(`\\b${v}\\b`).exec(text);
    if (m) out.push(`${v} in “${text.slice(Math.max(0, m.index - 40), m.index + v.length + 40)}”`);
  }
  const action = ACTION.exec(text);
  if (action) out.push(`audit action ${action[0]}`);
  const id = BARE_ID.exec(text);
  if (id) out.push(`record shown by id: ${id[0]}`);
  // A value standing alone between separators: a cell, a badge, "(draft)", "draft · factual".
  for (const line of text.split("\n"))
    for (const segment of line.split(/[\t·|()[\]—–:;,/]/))
      if (WORDS.has(segment.trim())) out.push(`“${segment.trim()}” on its own in “${line.trim().slice(0, 120)}”`);
  return [...new Set(out)];
}

async function check(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  expect(problems(await visibleText(page)), path).toEqual([]);
}

/** The first link on `from` whose path is `prefix` + an id. */
async function firstLink(page: Page, from: string, prefix: string): Promise<string> {
  await page.goto(from);
  const hrefs = await page
    .locator(`a[href^="${prefix}"]`)
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const href = hrefs.find((h) => /^[^/]+$/.test(h.slice(prefix.length)) && h !== `${prefix}import`);
  expect(href, `a link to ${prefix}… on ${from}`).toBeTruthy();
  return href!;
}

test("the check finds enum values, action names and ids shown as text", () => {
  expect(ENUM_VALUES).toEqual(expect.arrayContaining(["in_review", "web_page", "draft", "owner", "quote"]));
  expect(problems("Status: in_review")).not.toEqual([]);
  expect(problems("Official report\tweb_page")).not.toEqual([]);
  expect(problems("Demo Owner · owner")).toHaveLength(1);
  expect(problems("Some claim (draft)")).toHaveLength(1);
  expect(problems("claim.create")).toHaveLength(1);
  expect(problems("Document cmx5cq2x")).toHaveLength(1);
  expect(problems("Draft · Factual\nThe draft was published in a report.\nMoved the claim to the trash")).toEqual([]);
});

test("desk pages show words, not stored values", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "owner");
  const ws = "/desk/demo";
  const reader = await firstLink(page, `${ws}/documents`, `${ws}/documents/`);
  const claim = await firstLink(page, `${ws}/claims`, `${ws}/claims/`);
  const source = await firstLink(page, `${ws}/sources`, `${ws}/sources/`);
  const claimant = await firstLink(page, `${ws}/claimants`, `${ws}/claimants/`);
  for (const path of [
    `${ws}/documents`,
    reader,
    `${ws}/claims`,
    claim,
    `${ws}/sources`,
    source,
    `${ws}/review`,
    `${ws}/review?status=changes_requested`,
    `${ws}/inbox`,
    `${ws}/activity`,
    `${ws}/export`,
    `${ws}/settings`,
    `${ws}/my-work`,
    `${ws}/dashboard`,
    `${ws}/trash`,
    `${ws}/claimants`,
    claimant,
  ])
    await check(page, path);
});

test("public pages show words, not stored values", async ({ page }) => {
  test.setTimeout(120_000);
  const ws = "/w/demo";
  const document = await firstLink(page, ws, `${ws}/documents/`);
  const claim = await firstLink(page, ws, `${ws}/claims/`);
  const claimant = await firstLink(page, `${ws}/claimants`, `${ws}/claimants/`);
  for (const path of [
    ws,
    document,
    claim,
    claimant,
    `${ws}/search?q=opium`,
    `${ws}/verdicts`,
    `${ws}/corrections`,
    `${ws}/documents`,
  ])
    await check(page, path);
});
