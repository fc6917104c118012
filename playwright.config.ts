import { defineConfig } from "@playwright/test";

// e2e runs the production build on its own embedded database, in Debian's Chromium
// (Playwright cannot download a browser here).
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests",
  testMatch: ["e2e/**/*.spec.ts", "security/**/*.spec.ts", "reliability/**/*.spec.ts"],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `rm -rf .data/e2e .data/e2e.lock .data/e2e.pid && npm start`,
    url: `http://127.0.0.1:${PORT}/signin`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: "pglite:.data/e2e",
      PORT: String(PORT),
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      DEMO: "1",
      // The capture spec serves its page from the test process on 127.0.0.1 (issue 19).
      CAPTURE_ALLOW_HOSTS: "127.0.0.1",
      CAPTURE_POLL_MS: "500",
      // Notification email goes to the SMTP server tests/e2e/collaboration.spec.ts runs (issue 18).
      SMTP_URL: "smtp://127.0.0.1:2526",
      EMAIL_POLL_MS: "500",
      // Warnings and errors only: one JSON line per request would bury the test report.
      LOG_LEVEL: "warn",
      // tests/e2e/desk-a11y.spec.ts makes a desk page fail on the server (lib/http/fault.ts).
      FAULT_INJECTION: "1",
    },
  },
});
