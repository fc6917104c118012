// The block `npm start` prints once the server answers: where to open it, how to sign in, where
// the data lives and how to stop. Pure, so tests pin it.
import os from "node:os";
import type { DatabaseTarget } from "@/lib/db/url";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/accounts";

export interface BannerInput {
  port: string;
  publicUrl?: string;
  target: DatabaseTarget;
  demo: boolean;
  /** IPv4 addresses other machines may reach (defaults to this host's). */
  addresses?: string[];
}

export function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i && i.family === "IPv4" && !i.internal)
    .map((i) => i!.address);
}

function where(target: DatabaseTarget): string {
  if (target.kind === "pglite-file") return `${target.dir} (embedded PostgreSQL; back up with npx corroborate backup)`;
  if (target.kind === "pglite-memory") return "in memory (gone when the server stops)";
  const u = new URL(target.url);
  return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
}

export function startBanner(input: BannerInput): string {
  const urls = input.publicUrl
    ? [input.publicUrl]
    : [
        `http://localhost:${input.port}`,
        ...(input.addresses ?? lanAddresses()).map((a) => `http://${a}:${input.port}`),
      ];
  const lines = ["", "Corroborate is ready.", `  Open:    ${urls.join("  or  ")}`];
  if (input.demo) {
    lines.push(
      `  Sign in: ${DEMO_USERS.map((u) => u.email).join(", ")}`,
      `           password ${DEMO_PASSWORD} (demo accounts; DEMO=0 hides them)`,
    );
  }
  lines.push(
    `  Data:    ${where(input.target)}`,
    "  Stop:    Ctrl+C (or SIGTERM): the server stops taking connections, then the database closes",
    "",
  );
  return lines.join("\n");
}
