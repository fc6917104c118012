import { expect, test } from "@playwright/test";

// The public record, anonymous, on the seeded demo: the CDC claim was corrected through the real
// workflow (verdict raised, one evidence link strengthened, another removed) and one claim retracted.
const CDC = "CDC: almost 110,000 U.S. drug-related deaths in 2022";

test("corrections log → revision diff → all revisions → claim page", async ({ page }) => {
  const res = await page.goto("/w/demo");
  expect(res?.status()).toBe(200);
  await page.getByRole("navigation", { name: "Public pages" }).getByRole("link", { name: "Corrections" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/corrections$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections and retractions");
  const log = page.getByTestId("corrections");
  await expect(log.locator('li[data-kind="retraction"]')).toHaveCount(1);
  const entry = log.locator('li[data-kind="correction"]').filter({ hasText: CDC });
  await expect(entry).toContainText("Verdict changed from Mostly supported to Supported.");
  await expect(entry).toContainText("Why: The CDC published final 2022 counts confirming the figure.");

  await entry.getByRole("link", { name: /See revision 2/ }).click();
  await expect(page).toHaveURL(/\/claims\/[^/]+\/revisions\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CDC);
  await expect(page.getByRole("heading", { name: "What changed since revision 1" })).toBeVisible();
  const changes = page.getByTestId("revision-changes");
  await expect(changes).toContainText("Verdict: Mostly supported → Supported");
  await expect(changes).toContainText("Confidence: Medium → High");
  await expect(
    changes
      .locator('li[data-field="evidence"]')
      .filter({ hasText: /Evidence removed: National Drug Control Strategy/ }),
  ).toHaveCount(1);
  await expect(
    changes
      .locator('li[data-field="evidence"]')
      .filter({ hasText: /Evidence changed: Provisional Drug Overdose.*Excerpt: / }),
  ).toHaveCount(1);
  const rationale = page.getByRole("group", { name: "Changes to the rationale" });
  await expect(rationale.locator("del").first()).toBeVisible();
  await expect(rationale.locator("ins").first()).toBeVisible();
  await expect(page.getByTestId("revision-rationale")).toContainText(
    "The CDC's final counts confirm the provisional figure.",
  );
  await expect(page.getByRole("heading", { name: /Contesting evidence|Supporting evidence/ }).first()).toBeVisible();

  await page.getByRole("navigation", { name: "Revisions" }).getByRole("link", { name: "Revision 1" }).click();
  await expect(page.getByRole("heading", { name: "First publication" })).toBeVisible();
  await expect(page.getByTestId("revision-rationale")).toContainText(
    "The CDC's provisional counts give almost 110,000 deaths.",
  );
  // The evidence as first published: the strategy link the correction removed is still here.
  await expect(page.getByRole("main")).toContainText("National Drug Control Strategy");

  await page.getByRole("link", { name: "All revisions" }).first().click();
  const items = page.getByTestId("revisions").locator("li");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("Revision 2");
  await expect(items.first().getByTestId("revision-note")).toContainText("Correction");
  await page.getByRole("link", { name: "Back to the fact check" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CDC);
  await expect(page.getByRole("link", { name: "All revisions" })).toHaveAttribute("href", /\/revisions$/);

  expect((await page.goto(page.url() + "/revisions/99"))?.status()).toBe(404);
});

test("verdicts filter, claimants index, a bad address and the corrections feed", async ({ page, request }) => {
  await page.goto("/w/demo");
  await page.getByRole("navigation", { name: "Public pages" }).getByRole("link", { name: "Verdicts" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/verdicts$/);
  await page.getByLabel("Verdict", { exact: true }).selectOption({ label: "Supported" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/rating=/);
  await expect(page.getByRole("heading", { name: /verdicts? rated Supported/ })).toBeVisible();
  const list = page.getByTestId("claim-list");
  await expect(list.getByRole("link", { name: CDC })).toBeVisible();
  for (const badge of await list.getByTestId("verdict").allTextContents()) expect(badge).toBe("Supported");

  expect((await page.goto("/w/demo/verdicts?page=abc&rating=%3Cscript%3E"))?.status()).toBe(200);
  await expect(page.getByTestId("query-problem")).toContainText("page");

  await page.getByRole("navigation", { name: "Public pages" }).getByRole("link", { name: "Claimants" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/claimants$/);
  await expect(page.getByTestId("claimants").locator("tbody tr").first()).toBeVisible();

  const feed = await request.get("/w/demo/corrections/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain(`<title>Correction: ${CDC}</title>`);
  expect(xml).toMatch(/<title>Retraction: /);
});
