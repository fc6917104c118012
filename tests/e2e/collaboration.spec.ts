// Issue 18's "Done when": an editor assigns a claim to a reviewer with a due date → the reviewer
// sees the unread notification and the email arrives at this test's SMTP server → the link opens
// the claim → the reviewer approves → the editor is notified. The app sends to 127.0.0.1:2526
// (playwright.config.ts SMTP_URL), where this spec listens.
import { expect, test, type Page } from "@playwright/test";
import { startSmtp, unfolded, type TestSmtp } from "../integration/notifications/smtp";
import { demoEmail, selectText, signInAs } from "./helpers";

let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startSmtp(2526);
});
test.afterAll(async () => smtp?.close());

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

test("an editor assigns a reviewer with a due date; the reviewer is notified in the desk and by email, approves, and the editor is notified", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const headline = `Kerry Committee findings (${Date.now()})`;

  // The editor writes a claim and submits it for review.
  await signInAs(page, "editor");
  await page.getByRole("link", { name: "CIA involvement in transnational crime and the drug trade" }).click();
  await expect(page.getByTestId("document-text")).toContainText("Kerry Committee");
  await selectText(page, "investigative journalist Gary Webb wrote a series of articles for the San Jose Mercury News");
  const form = page.getByRole("form", { name: "Create claim" });
  await form.getByLabel("Headline (≤ 75 characters, optional)").fill(headline);
  await form.getByRole("button", { name: "Create claim" }).click();
  await page.getByTestId("claim-list").getByRole("link", { name: headline }).click();
  const claimPath = new URL(page.url()).pathname;
  const workflow = page.getByRole("region", { name: "Workflow" });
  const proposal = workflow.getByRole("form", { name: "Proposed verdict" });
  await proposal.locator('select[name="ratingId"]').selectOption({ label: "Supported" });
  await proposal.getByLabel("Confidence").selectOption("high");
  await proposal.getByLabel("Rationale (Markdown)").fill("The Mercury News published the series.");
  await proposal.getByRole("button", { name: "Submit for review" }).click();
  await proposal.getByRole("button", { name: "Yes, submit for review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("In review");

  // … and assigns the demo reviewer, due in a week.
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const assignment = page.getByRole("region", { name: "Assignment" });
  await assignment.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Demo Reviewer" });
  await assignment.getByLabel("Reviewer due").fill(due);
  await assignment.getByRole("button", { name: "Save assignment" }).click();
  await expect(assignment.getByRole("status")).toHaveText("Assignment saved.");
  await expect(page.getByTestId("assignment-reviewer")).toContainText(`Demo Reviewer · due ${due}`);
  await signOut(page);

  // The email arrives at this test's SMTP server, with the link to the claim.
  await expect
    .poll(() => smtp.received.filter((m) => m.to.includes(demoEmail("reviewer"))).length, { timeout: 60_000 })
    .toBeGreaterThan(0);
  const mail = unfolded(smtp.received.find((m) => m.to.includes(demoEmail("reviewer")))!.raw);
  expect(mail).toMatch(/^Subject: .*Demo Editor assigned you to review/im);
  expect(mail).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
  const link = mail.match(/http:\/\/127\.0\.0\.1:\d+\/desk\/demo\/claims\/[A-Za-z0-9]+/)![0];
  expect(new URL(link).pathname).toBe(claimPath);

  // The reviewer sees the unread notification in the desk.
  await signInAs(page, "reviewer");
  await expect(page.getByTestId("unread-badge")).toBeVisible();
  await page.getByRole("link", { name: /^Inbox/ }).click();
  await expect(page.getByTestId("notifications")).toContainText(`Demo Editor assigned you to review “${headline}”`);

  // The email's link opens the claim; the reviewer approves.
  await page.goto(link);
  await expect(page.getByTestId("claim-headline")).toHaveText(headline);
  const review = page.getByRole("form", { name: "Review" });
  await review.getByLabel("Decision").selectOption("approve");
  await review.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText(/^Approved/);
  await page.goto("/desk/demo/my-work");
  await expect(page.getByRole("heading", { name: "My work" })).toBeVisible();
  await signOut(page);

  // The editor is notified of the approval, and marks everything read.
  await signInAs(page, "editor");
  await expect(page.getByTestId("unread-badge")).toBeVisible();
  await page.getByRole("link", { name: /^Inbox/ }).click();
  await expect(page.getByTestId("notifications")).toContainText(`Demo Reviewer approved “${headline}”`);
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByTestId("unread-count")).toHaveText("0 unread");
  await expect(page.getByTestId("unread-badge")).toHaveCount(0);
});
