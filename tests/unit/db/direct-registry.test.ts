// Next bundles route handlers and the server that opened the database as separate copies of a
// module. The driver registered under a PrismaClient (lib/db/rows.ts) must be found from any copy,
// or sqlTransaction in a route handler would not find the database bin/serve.ts opened.
import { describe, expect, it, vi } from "vitest";
import pg from "pg";
import type { PrismaClient } from "@/lib/db";

describe("the direct-driver registry", () => {
  it("is one per process, whichever copy of lib/db/rows.ts registered the client", async () => {
    const opener = await import("@/lib/db/rows");
    vi.resetModules();
    const handler = await import("@/lib/db/rows");
    expect(handler).not.toBe(opener); // two copies, as in Next's bundles
    const client = {} as PrismaClient;
    const pool = new pg.Pool(); // never connects: nothing is queried
    opener.readRowsThrough(client, pool, pg.types);
    expect(handler.directPool(client)?.pool).toBe(pool);
    // A transaction's client is another object: it keeps its own connection.
    expect(handler.directPool({})).toBeUndefined();
    await pool.end();
  });
});
