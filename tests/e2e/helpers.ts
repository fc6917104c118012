import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "corroborate-demo";
export const demoEmail = (role: string) => `${role}@demo.corroborate.test`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, role: string) {
  await signIn(page, demoEmail(role));
  // The nav shows the role as a word ("Editor"), never the stored value.
  await expect(page.getByTestId("role")).toHaveText(new RegExp(`^${role}$`, "i"));
}

/**
 * Selects the first occurrence of `phrase` in the reader's text, as a person dragging would: the
 * phrase may cross element boundaries (bold and italic runs, highlights), so the range is found in
 * the text of all the reader's text nodes together.
 */
export async function selectText(page: Page, phrase: string) {
  await page.evaluate((phrase) => {
    const root = document.querySelector('[data-testid="document-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: { node: Node; start: number }[] = [];
    let text = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: text.length });
      text += n.textContent ?? "";
    }
    const at = text.indexOf(phrase);
    if (at < 0) throw new Error(`phrase not found: ${phrase}`);
    const locate = (offset: number, end: boolean) => {
      const hit = nodes.findLast((x) => (end ? x.start < offset : x.start <= offset))!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + phrase.length, true));
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, phrase);
}
