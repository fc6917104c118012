import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

// Checks shared by the public and the desk specs (axe, the phone's horizontal overflow) and the list of desk page types.

/** axe's serious and critical violations on the page as it is now; the full list is attached. */
export async function seriousViolations(page: Page, testInfo: TestInfo) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (results.violations.length) {
    await testInfo.attach(`axe-violations ${new URL(page.url()).pathname}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: "application/json",
    });
  }
  return serious.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 10).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
    more: Math.max(0, v.nodes.length - 10),
  }));
}

export async function expectNoSeriousViolations(page: Page, testInfo: TestInfo) {
  const report = await seriousViolations(page, testInfo);
  expect(report, `${page.url()}\n${JSON.stringify(report, null, 2)}`).toEqual([]);
}

/** How far the page scrolls sideways (0: not at all), and what sticks out, to say why. */
export async function horizontalOverflow(page: Page, testInfo: TestInfo) {
  await page.waitForLoadState("load");
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const clientWidth = document.documentElement.clientWidth;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth,
      wide: [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > clientWidth + 0.5)
        .slice(0, 10)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").join(".")} → ${Math.round(el.getBoundingClientRect().right)}px`,
        ),
    };
  });
  if (scrollWidth > clientWidth) {
    await testInfo.attach(`${new URL(page.url()).pathname} at ${clientWidth}px.png`, {
      body: await page.screenshot(),
      contentType: "image/png",
    });
  }
  return { overflow: Math.max(0, scrollWidth - clientWidth), wide };
}

// ---------------------------------------------------------------------------------------------
// Desk pages

const DESK = "/desk/demo";
const DESK_API = "/api/v1/workspaces/demo";

/** The id of the first record of a kind, read with the signed-in member's session. */
export async function deskFirstId(page: Page, kind: "documents" | "claims" | "sources" | "claimants"): Promise<string> {
  const res = await page.request.get(`${DESK_API}/${kind}?limit=1`);
  expect(res.status(), `list ${kind}`).toBe(200);
  const { items } = (await res.json()) as { items: { id: string }[] };
  expect(items.length, `the demo workspace has ${kind}`).toBeGreaterThan(0);
  return items[0].id;
}

/** Every desk page type, as the owner sees it (the owner sees every section). */
export const DESK_PAGES: [string, (page: Page) => Promise<string>][] = [
  ["documents", async () => `${DESK}/documents`],
  ["import", async () => `${DESK}/documents/import`],
  ["reader", async (page) => `${DESK}/documents/${await deskFirstId(page, "documents")}`],
  ["claims", async () => `${DESK}/claims`],
  ["claim", async (page) => `${DESK}/claims/${await deskFirstId(page, "claims")}`],
  ["sources", async () => `${DESK}/sources`],
  ["source", async (page) => `${DESK}/sources/${await deskFirstId(page, "sources")}`],
  ["claimants", async () => `${DESK}/claimants`],
  ["claimant", async (page) => `${DESK}/claimants/${await deskFirstId(page, "claimants")}`],
  ["review queue", async () => `${DESK}/review`],
  ["inbox", async () => `${DESK}/inbox`],
  ["activity", async () => `${DESK}/activity`],
  ["my work", async () => `${DESK}/my-work`],
  ["dashboard", async () => `${DESK}/dashboard`],
  ["trash", async () => `${DESK}/trash`],
  ["export", async () => `${DESK}/export`],
  ["settings", async () => `${DESK}/settings`],
];
