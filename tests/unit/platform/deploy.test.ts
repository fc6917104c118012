// docker-compose.yml and the Dockerfile (no Docker engine here: parsed, not run).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const yaml = createRequire(import.meta.url)("js-yaml") as { load(text: string): unknown };

interface Service {
  image?: string;
  build?: string;
  profiles?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}

describe("deployment files", () => {
  const compose = yaml.load(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8")) as {
    services: Record<string, Service>;
    volumes: Record<string, unknown>;
  };
  const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");

  it("compose: the app waits for a healthy database, has a ready check and a data volume, and no demo by default", () => {
    const { db, app } = compose.services;
    expect(db.healthcheck?.test.join(" ")).toMatch(/pg_isready/);
    expect(app.depends_on?.db.condition).toBe("service_healthy");
    expect(app.healthcheck?.test.join(" ")).toMatch(/\/api\/ready/);
    expect(app.volumes).toContain("appdata:/app/.data");
    expect(app.environment?.DEMO).toBe("${DEMO:-0}");
    expect(app.environment).not.toHaveProperty("NEXTAUTH_URL");
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(["pgdata", "appdata", "backups"]));
  });

  it("compose: an opt-in backup service runs corroborate backup on a schedule into its own volume", () => {
    const { backup } = compose.services;
    expect(backup.profiles).toEqual(["backup"]);
    expect(backup.volumes).toContain("backups:/backups");
    expect(backup.command?.join(" ")).toMatch(
      /bin\/corroborate\.mjs backup --workspace "\$\$BACKUP_WORKSPACE" --out "\/backups\//,
    );
    expect(backup.command?.join(" ")).toMatch(/sleep \d+/);
  });

  it("Dockerfile: runs as a non-root user with a health check, signals straight to bin/start.ts", () => {
    const lines = dockerfile.split("\n");
    const user = lines.findIndex((l) => /^USER\s+node\b/.test(l));
    expect(user).toBeGreaterThan(lines.findIndex((l) => /next build/.test(l)));
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n\s+CMD .*\/api\/health/m);
    expect(dockerfile).toMatch(/^CMD \["node_modules\/\.bin\/tsx", "--conditions=react-server", "bin\/start\.ts"\]$/m);
  });
});
