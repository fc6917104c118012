// Runs once when the Next.js server starts: refuse to serve with an unusable configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertEnv } = await import("./lib/env");
  assertEnv();
  const { installGracefulShutdown } = await import("./lib/platform/shutdown");
  installGracefulShutdown();
  // Source captures run in the background of every app instance (CAPTURE_WORKER=0 turns it off).
  if (process.env.CAPTURE_WORKER !== "0") {
    const [{ startCaptureWorker }, { getDb }] = await Promise.all([import("./lib/capture"), import("./lib/db/server")]);
    startCaptureWorker(getDb);
  }
  // Notification email goes out from an outbox in the background of every instance
  // (EMAIL_WORKER=0 turns it off); without SMTP_URL it logs once that email is off.
  if (process.env.EMAIL_WORKER !== "0") {
    const [{ startEmailWorker }, { getDb }] = await Promise.all([
      import("./lib/notifications/outbox"),
      import("./lib/db/server"),
    ]);
    startEmailWorker(getDb);
  }
}
