import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

async function selectText(page: Page, phrase: string) {
  await page.evaluate((phrase) => {
    const root = document.querySelector('[data-testid="document-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(phrase);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + phrase.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`phrase not found: ${phrase}`);
  }, phrase);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

test("contributor drafts and submits; reviewer requests changes then approves; editor publishes; a correction shows publicly", async ({ page }) => {
  const headline = `Webb's series ran in 1996 (${Date.now()})`;
  await signInAs(page, "contributor");
  await page.getByRole("link", { name: "CIA involvement in transnational crime and the drug trade" }).click();
  await expect(page.getByTestId("document-text")).toContainText("investigative journalist Gary Webb");
  await selectText(page, "investigative journalist Gary Webb wrote a series of articles for the San Jose Mercury News");
  const form = page.getByRole("form", { name: "Create claim" });
  await form.getByLabel("Headline (≤ 75 characters, optional)").fill(headline);
  await form.getByLabel("Claimant", { exact: true }).fill("Gary Webb");
  await form.getByRole("button", { name: "Create claim" }).click();
  await page.getByTestId("claim-list").getByRole("button", { name: headline }).click();
  await page.getByRole("link", { name: "Open claim" }).click();
  const claimUrl = page.url();
  const workflow = page.getByRole("region", { name: "Workflow" });
  await expect(workflow.getByRole("form", { name: "Review" })).toHaveCount(0); // the author can't review
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("in review");
  await signOut(page);

  await signInAs(page, "reviewer");
  await page.goto("/desk/demo/review");
  await page.getByTestId("queue").getByRole("link", { name: headline }).click();
  let review = page.getByRole("form", { name: "Review" });
  await review.getByLabel("Decision").selectOption("request_changes");
  await review.getByLabel("Rationale (Markdown)").fill("Add the date of the *first* article.");
  await review.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("changes requested");
  await signOut(page);

  await signInAs(page, "contributor");
  await page.goto(claimUrl);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("in review");
  await signOut(page);

  await signInAs(page, "reviewer");
  await page.goto(claimUrl);
  review = page.getByRole("form", { name: "Review" });
  await review.getByLabel("Decision").selectOption("approve");
  await review.getByLabel("Verdict").selectOption({ label: "Mostly supported" });
  await review.getByLabel("Confidence").selectOption("medium");
  await review.getByLabel("Rationale (Markdown)").fill("The series ran in August 1996.");
  await review.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("approved");
  await expect(page.getByTestId("history")).toContainText("Approved");
  await signOut(page);

  await signInAs(page, "editor");
  await page.goto(claimUrl);
  await page.getByRole("form", { name: "Publish" }).getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("published");
  const publicUrl = claimUrl.replace("/desk/demo/claims/", "/w/demo/claims/");
  await signOut(page);

  const anon = await page.context().browser()!.newPage();
  await anon.goto(publicUrl);
  await expect(anon.getByRole("heading", { level: 1 })).toContainText(headline);
  await expect(anon.getByText("Mostly supported").first()).toBeVisible();

  // A later verdict change: a second approval, then a published correction.
  await signInAs(page, "owner");
  await page.goto(claimUrl);
  review = page.getByRole("form", { name: "Review" });
  await review.getByLabel("Decision").selectOption("approve");
  await review.getByLabel("Verdict").selectOption({ label: "Supported" });
  await review.getByLabel("Confidence").selectOption("high");
  await review.getByLabel("Rationale (Markdown)").fill("The Mercury News archive confirms the dates.");
  await review.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByRole("status")).toHaveText("Approved.");
  await page.reload();
  const publish = page.getByRole("form", { name: "Publish" });
  await publish.getByLabel("Why the verdict changed (public)").fill("The newspaper's archive confirms the publication dates.");
  await publish.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByRole("status")).toHaveText("Correction published.");

  await anon.goto(publicUrl);
  await expect(anon.getByText("The newspaper's archive confirms the publication dates.")).toBeVisible();
  await expect(anon.getByText(/Verdict changed from Mostly supported to Supported/)).toBeVisible();
});
