import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidDatabaseUrl, parseDatabaseUrl } from "@/lib/db/url";

describe("DATABASE_URL contract", () => {
  it("defaults to PGlite at .data/pglite", () => {
    expect(parseDatabaseUrl(undefined, "/srv/app")).toEqual({ kind: "pglite-file", dir: "/srv/app/.data/pglite" });
    expect(parseDatabaseUrl("  ", "/srv/app")).toEqual({ kind: "pglite-file", dir: "/srv/app/.data/pglite" });
  });
  it("reads pglite:<dir> and pglite:memory", () => {
    expect(parseDatabaseUrl("pglite:memory")).toEqual({ kind: "pglite-memory" });
    expect(parseDatabaseUrl("pglite:./db", "/x")).toEqual({ kind: "pglite-file", dir: path.resolve("/x", "db") });
    expect(parseDatabaseUrl("pglite:/abs/db")).toEqual({ kind: "pglite-file", dir: "/abs/db" });
  });
  it("passes postgres URLs through", () => {
    expect(parseDatabaseUrl("postgresql://u@h:5432/d")).toEqual({ kind: "postgres", url: "postgresql://u@h:5432/d" });
    expect(parseDatabaseUrl("postgres://u@h/d").kind).toBe("postgres");
  });
  it("refuses unknown schemes, naming the variable", () => {
    expect(() => parseDatabaseUrl("mysql://x")).toThrow(InvalidDatabaseUrl);
    expect(() => parseDatabaseUrl("mysql://x")).toThrow(/DATABASE_URL: unknown scheme 'mysql'/);
    expect(() => parseDatabaseUrl("pglite:")).toThrow(/DATABASE_URL/);
  });
});
