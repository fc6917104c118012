import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

test("a contributor previews and imports a pasted Markdown document, then reads it with its citation", async ({
  page,
}) => {
  await signInAs(page, "contributor");
  await page.getByRole("link", { name: "Import a document" }).click();
  const form = page.getByRole("form", { name: "Import a document" });
  const title = `Overdose memo ${Date.now()}`;
  await form
    .getByLabel("…or paste the text")
    .fill(
      "# Overdose memo\n\nThe CDC counted almost 110,000 overdose deaths in 2022.[^1] Another sentence.[^2]\n\n[^1]: CDC, “Provisional Drug Overdose Death Counts”, https://www.cdc.gov/nchs/nvss/vsrr/drug-overdose-data.htm\n",
    );
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByTestId("preview-summary")).toContainText("New document · Markdown");
  await expect(form.getByTestId("preview-summary")).toContainText("1 citation · 0 new sources · 1 already known");
  await expect(form.getByText("at character")).toContainText("[^2]");
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("document-text")).toContainText("almost 110,000 overdose deaths");
  await page.locator(".citation-marker").first().click();
  await expect(page.locator("li:target")).toContainText("Provisional Drug Overdose Death Counts");
});

test("an empty paste is refused with a clear message", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/desk/demo/documents/import");
  const form = page.getByRole("form", { name: "Import a document" });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toHaveText("document is empty");
});

/** Sets a controlled textarea the way typing would (fill() types 7 MB far too slowly). */
async function paste(page: Page, label: string, text: string) {
  await page.getByLabel(label).evaluate((el, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

test("a 7 MB document gets the importer's size message and the form keeps its fields", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "editor");
  await page.goto("/desk/demo/documents/import");
  const form = page.getByRole("form", { name: "Import a document" });
  await form.getByLabel("Title").fill("Annual report");
  await form.getByLabel("Format").selectOption("text");
  // One long line: a browser submits a textarea's line breaks as CRLF, which would add bytes.
  const big = "A sentence of a long report. ".repeat(Math.ceil((7 * 1024 * 1024) / 29)).slice(0, 7 * 1024 * 1024);
  // Pasted: it goes through the server action (whose body limit leaves room) to the importer.
  await paste(page, "…or paste the text", big);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("alert")).toHaveText("document is 7 MB; the limit is 5 MB");
  await expect(form.getByLabel("Title")).toHaveValue("Annual report");
  await expect(form.getByLabel("Format")).toHaveValue("text");
  // A file: refused before it is sent, with the same words.
  await paste(page, "…or paste the text", "");
  await form.getByLabel("File").setInputFiles({ name: "report.txt", mimeType: "text/plain", buffer: Buffer.from(big) });
  await form.getByRole("button", { name: "Import" }).click();
  // Several files may be chosen: the message names the file.
  await expect(form.getByRole("alert")).toHaveText("report.txt: document is 7 MB; the limit is 5 MB");
  await expect(form.getByLabel("Title")).toHaveValue("Annual report");
});
