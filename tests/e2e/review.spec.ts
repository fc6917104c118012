import { expect, test, type Page } from "@playwright/test";
import { selectText, signInAs } from "./helpers";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

test("the author proposes, the reviewer approves another verdict, an edit sends it back, it is published, and a reviewed correction adds contesting evidence", async ({
  page,
}) => {
  test.setTimeout(300_000); // five people take turns: a dozen sign-ins
  const headline = `Webb's series ran in 1996 (${Date.now()})`;
  await signInAs(page, "contributor");
  await page.getByRole("link", { name: "CIA involvement in transnational crime and the drug trade" }).click();
  await expect(page.getByTestId("document-text")).toContainText("investigative journalist Gary Webb");
  await selectText(page, "investigative journalist Gary Webb wrote a series of articles for the San Jose Mercury News");
  const form = page.getByRole("form", { name: "Create claim" });
  await form.getByLabel("Headline (≤ 75 characters, optional)").fill(headline);
  await form.getByLabel("Claimant", { exact: true }).fill("Gary Webb");
  await form.getByRole("button", { name: "Create claim" }).click();
  await page.getByTestId("claim-list").getByRole("link", { name: headline }).click();
  const claimUrl = page.url();
  const workflow = page.getByRole("region", { name: "Workflow" });
  await expect(workflow.getByRole("form", { name: "Review" })).toHaveCount(0); // the author can't review

  // The author proposes a verdict; submitting without a rationale is refused and keeps what was typed.
  let proposal = workflow.getByRole("form", { name: "Proposed verdict" });
  await proposal.locator('select[name="ratingId"]').selectOption({ label: "Supported" });
  await proposal.getByLabel("Confidence").selectOption("high");
  await proposal.getByRole("button", { name: "Submit for review" }).click();
  await proposal.getByRole("button", { name: "Yes, submit for review" }).click();
  await expect(workflow.getByRole("alert")).toContainText("rationale");
  await expect(proposal.locator('select[name="ratingId"]')).toHaveValue(/.+/);
  await proposal.getByLabel("Rationale (Markdown)").fill("The Mercury News published the *Dark Alliance* series.");
  await proposal.getByRole("button", { name: "Submit for review" }).click();
  await proposal.getByRole("button", { name: "Yes, submit for review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("In review");
  // What the author can't do now is said in words, not hidden without a reason.
  await expect(page.getByTestId("workflow-reasons")).toContainText(
    "Editors and reviewers approve claims in this workspace; you are a contributor.",
  );
  await signOut(page);

  // The reviewer approves a different verdict, with their own rationale.
  await signInAs(page, "reviewer");
  await page.goto("/desk/demo/review");
  await page.getByTestId("queue").getByRole("link", { name: headline }).click();
  let review = page.getByRole("form", { name: "Review" });
  await review.getByLabel("Decision").selectOption("approve");
  await review.locator('select[name="ratingId"]').selectOption({ label: "Mostly supported" });
  await review.getByLabel("Confidence").selectOption("medium");
  // Another verdict without a rationale is refused: the message stands beside the rationale field.
  await review.getByRole("button", { name: "Record review" }).click();
  await expect(review.locator("#rationale-error")).toContainText("rationale");
  await expect(review.getByLabel("Confidence")).toHaveValue("medium");
  await review.getByLabel(/Your rationale/).fill("The series ran in August 1996; its strongest claims were disputed.");
  await review.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText(/^Approved/);
  await expect(page.getByTestId("history")).toContainText("proposed: Supported");
  await expect(page.getByTestId("workflow-reasons")).toContainText("Editors publish in this workspace.");
  await signOut(page);

  // The author edits the approved claim: it is back in review, the approval superseded.
  await signInAs(page, "contributor");
  await page.goto(claimUrl);
  const edit = page.getByRole("form", { name: "Edit claim" });
  await edit.getByLabel("Headline").fill(`${headline} (edited)`);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("status")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("claim-status")).toHaveText("In review");
  await expect(page.getByTestId("history")).toContainText("superseded");
  await signOut(page);

  // Approved again (as proposed this time), then the editor publishes.
  await signInAs(page, "reviewer");
  await page.goto(claimUrl);
  review = page.getByRole("form", { name: "Review" });
  await review.getByLabel("Decision").selectOption("approve");
  await review.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText(/^Approved/);
  await signOut(page);

  await signInAs(page, "editor");
  await page.goto(claimUrl);
  await page.getByRole("form", { name: "Publish" }).getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("Published");
  const publicUrl = claimUrl.replace("/desk/demo/claims/", "/w/demo/claims/");
  const anon = await page.context().browser()!.newPage();
  await anon.goto(publicUrl);
  await expect(anon.getByRole("heading", { level: 1 })).toContainText(`${headline} (edited)`);
  await expect(anon.getByText("Supported").first()).toBeVisible();

  // The editor opens a correction and links contesting evidence; the public page does not change.
  await page.getByRole("button", { name: "Open a correction" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("Published · correction draft");
  await page.reload();
  const add = page.getByRole("form", { name: "Add evidence" });
  await add.getByLabel("Find a source").fill("Anatomy of a Story");
  await add.getByRole("button", { name: "Search" }).click();
  await add.getByLabel("Source", { exact: true }).selectOption({ index: 1 });
  await add.getByLabel("Stance").selectOption("contests");
  await add
    .getByRole("textbox", { name: "Excerpt" })
    .fill("The major newspapers found the series overstated its evidence.");
  await add.getByRole("button", { name: "Link source" }).click();
  await expect(page.getByTestId("evidence-contests")).toContainText("Anatomy of a Story");
  proposal = page.getByRole("form", { name: "Proposed verdict" });
  await proposal.locator('select[name="ratingId"]').selectOption({ label: "Contested" });
  await proposal.getByLabel("Rationale (Markdown)").fill("Reviews of the series dispute its strongest implications.");
  await proposal.getByRole("button", { name: "Submit for review" }).click();
  await proposal.getByRole("button", { name: "Yes, submit for review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("Published · correction in review");
  await anon.reload();
  await expect(anon.getByText("Anatomy of a Story")).toHaveCount(0);
  await signOut(page);

  await signInAs(page, "reviewer");
  await page.goto(claimUrl);
  review = page.getByRole("form", { name: "Review" });
  await review.getByLabel("Decision").selectOption("approve");
  await review.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText(/correction approved/);
  await signOut(page);

  await signInAs(page, "editor");
  await page.goto(claimUrl);
  const publish = page.getByRole("form", { name: "Publish" });
  await publish.getByLabel("Why the correction was made (public)").fill("Later reviews of the series contest it.");
  await publish.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Correction published." })).toHaveText(
    "Correction published.",
  );

  await anon.reload();
  await expect(anon.getByText("Later reviews of the series contest it.")).toBeVisible();
  await expect(anon.getByText(/Verdict changed from Supported to Contested/)).toBeVisible();
  await expect(anon.getByText(/Evidence added: Anatomy of a Story/).first()).toBeVisible();
  await expect(anon.getByText("Anatomy of a Story").first()).toBeVisible();
  // The public record: the revisions page with its diff, and the workspace's corrections log.
  await anon.goto(`${publicUrl}/revisions`);
  await expect(anon.getByRole("main")).toContainText("Contested");
  await anon.goto(`${publicUrl}/revisions/2`);
  await expect(anon.getByRole("main")).toContainText("Anatomy of a Story");
  await anon.goto("/w/demo/corrections");
  await expect(anon.getByRole("main")).toContainText(`${headline} (edited)`);
});
