import { expect, type Page } from "@playwright/test";
import { demoEmail, signIn } from "../e2e/helpers";

// Every payload, if it ran, would set window.__xss and call alert().
export const HOSTILE = [
  `<script>window.__xss=1;alert(1)</script>`,
  `<img src=x onerror="window.__xss=1;alert(1)">`,
  `<svg onload="window.__xss=1;alert(1)"><circle r=1 /></svg>`,
  `<a href="javascript:window.__xss=1;alert(1)">js</a>`,
  `[md](javascript:window.__xss=1;alert(1))`,
  `<a href="data:text/html,<script>alert(1)</script>">data</a>`,
  `</script><script>window.__xss=1</script>`,
  `" onmouseover="window.__xss=1" x="`,
].join(" ");

/** Opens `path` and asserts that the page rendered each `expectText` yet no injected script ran or can run. */
export async function expectInert(page: Page, path: string, expectText: string | string[]) {
  const dialogs: string[] = [];
  const violations: string[] = [];
  const onDialog = (d: import("@playwright/test").Dialog) => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  const onConsole = (m: import("@playwright/test").ConsoleMessage) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  };
  page.on("dialog", onDialog);
  page.on("console", onConsole);
  try {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    // The page types headers.spec.ts does not visit (claim, document, claimant, source pages) get the same headers.
    const h = res!.headers();
    // Stored public pages carry script hashes (lib/http/csp.ts), stored document pages allow no
    // script at all; everything rendered per request a nonce.
    expect(h["content-security-policy"], path).toMatch(
      /script-src ('none'|'self' ('nonce-[^']+' 'strict-dynamic'|'sha256-[^']+'( 'sha256-[^']+')*));/,
    );
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    for (const t of [expectText].flat()) await expect(page.locator("body"), path).toContainText(t);
    // Hover everything once so attribute-injection handlers (onmouseover) would fire.
    await page
      .locator("main a, main p, main li")
      .evaluateAll((els) =>
        els.slice(0, 200).forEach((e) => e.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }))),
      );
    // A stored public page allows its inline scripts by hash: exactly the ones Next rendered.
    const allowedHashes: string[] = h["content-security-policy"].match(/'sha256-[^']+'/g) ?? [];
    const found = await page.evaluate(
      async ({ REACT_FORM_PLACEHOLDERS, allowedHashes }) => {
        const bad: string[] = [];
        for (const el of Array.from(document.querySelectorAll("*"))) {
          for (const a of Array.from(el.attributes)) {
            if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
            // React's own inert placeholders on forms bound to functions (server-rendered, and rendered
            // on the client) are the only javascript: URLs allowed.
            if (REACT_FORM_PLACEHOLDERS.includes(a.value)) continue;
            if (
              /^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
              /^\s*(javascript|data:text\/html|vbscript)/i.test(a.value.replace(/[\s\u0000-\u001f]/g, ""))
            )
              bad.push(`${el.tagName} ${a.name}=${a.value}`);
          }
          if (el.tagName === "IFRAME" || el.tagName === "OBJECT" || el.tagName === "EMBED") bad.push(el.tagName);
        }
        const sha = async (text: string) => {
          const d = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
          return `'sha256-${btoa(String.fromCharCode(...d))}'`;
        };
        for (const s of Array.from(document.querySelectorAll("script"))) {
          if (s.type === "application/ld+json") {
            try {
              JSON.parse(s.textContent ?? "");
            } catch {
              bad.push("JSON-LD that is not JSON (broken out of?)");
            }
          } else if (
            !s.nonce &&
            !(s.src && new URL(s.src).origin === location.origin && new URL(s.src).pathname.startsWith("/_next/")) &&
            // Stored public pages carry no nonce: their policy names Next's inline scripts by hash.
            !(!s.src && allowedHashes.includes(await sha(s.textContent ?? "")))
          ) {
            // Next's own scripts carry the request's nonce (or are its chunks); anything else was injected.
            bad.push(`injected <script>: ${(s.src || s.textContent || "").slice(0, 80)}`);
          }
        }
        return { bad, flag: (window as unknown as { __xss?: unknown }).__xss ?? null };
      },
      {
        allowedHashes,
        REACT_FORM_PLACEHOLDERS: [
          "javascript:throw new Error('React form unexpectedly submitted.')",
          "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')",
        ],
      },
    );
    expect(found.bad, path).toEqual([]);
    expect(found.flag, path).toBeNull();
    expect(dialogs, path).toEqual([]);
    expect(violations, path).toEqual([]);
  } finally {
    page.off("dialog", onDialog);
    page.off("console", onConsole);
  }
}

/** The demo sign-in, with room for a loaded CI machine (the shared helper waits 15 s). */
export async function signInAs(page: Page, role: string) {
  await signIn(page, demoEmail(role));
  await expect(page.getByTestId("role")).toHaveText(new RegExp(`^${role}$`, "i"), { timeout: 45_000 });
}
