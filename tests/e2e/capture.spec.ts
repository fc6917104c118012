import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

// The page lives in this test process on 127.0.0.1 (the e2e server allows that host only).
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panel findings | Example Ledger</title>
<meta name="author" content="Jane Reporter"></head><body><nav>Home · World</nav><article><h1>Panel findings</h1>
<p>The committee concluded that individuals in the Contra networks were involved in drug trafficking during the war years.</p>
<p>Its staff interviewed dozens of witnesses over two years, and the report runs to more than a thousand pages of exhibits.</p>
<p>Officials declined to comment on the findings when reached on Thursday, saying the report was still under review.</p>
</article></body></html>`;

let server: http.Server;
let origin = "";
test.beforeAll(async () => {
  server = http.createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test("an editor captures a web source, reads its snapshot, and links an excerpt that the snapshot holds", async ({
  page,
}) => {
  await signInAs(page, "editor");
  await page.goto("/desk/demo/sources");
  const form = page.getByRole("form", { name: "Add source" });
  const title = `Example Ledger ${Date.now()}`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("URL").fill(`${origin}/panel-findings`);
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await expect(page.getByTestId("link-status")).toHaveText("Not captured yet");
  await page.getByRole("button", { name: "Capture this page now" }).click();
  // The worker fetches it in the background; the page looks again until it is done.
  await expect(page.getByTestId("capture-row").first()).toContainText("Captured", { timeout: 30_000 });
  await expect(page.getByTestId("link-status")).toContainText("Live");
  const text = page.getByTestId("snapshot-text");
  await expect(text).toContainText("individuals in the Contra networks were involved in drug trafficking");
  await expect(text).not.toContainText("Home · World");

  // Link that source to a claim with an excerpt copied from the snapshot: the source page finds it there.
  await page.goto("/desk/demo/claims?q=%2270+percent%22+opium");
  await page.getByRole("link", { name: "Afghan officials involved in at least 70% of opium trafficking" }).click();
  const add = page.getByRole("form", { name: "Add evidence" });
  await add.getByLabel("Find a source").fill(title);
  await add.getByRole("button", { name: "Search" }).click();
  const option = add.getByLabel("Source", { exact: true }).locator("option", { hasText: title });
  await add.getByLabel("Source", { exact: true }).selectOption((await option.getAttribute("value"))!);
  await add.getByLabel("Stance").selectOption("context");
  await add
    .getByRole("textbox", { name: "Excerpt" })
    .fill("individuals in the Contra networks were involved in drug trafficking");
  await add.getByRole("button", { name: "Link source" }).click();
  // The claim's evidence panel says the excerpt is in the source's snapshot.
  await expect(page.getByTestId("evidence-context").getByTestId("excerpt-snapshot")).toContainText("In the snapshot");
  await page
    .getByTestId("evidence-context")
    .getByRole("link", { name: new RegExp(title) })
    .click();
  await expect(page.getByTestId("excerpt-checks")).toContainText(
    "Found: “individuals in the Contra networks were involved in drug trafficking”",
  );
});
