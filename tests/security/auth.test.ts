// Auth hardening against the real databases: how passwords are stored, and sign-in rate limits
// that hold when two app instances (two database handles) share one PostgreSQL.
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db";
import { systemActor } from "@/lib/auth/actor";
import { accountKey, authenticate, MAX_FAILURES_PER_EMAIL } from "@/lib/auth/signin";
import { AppError } from "@/lib/errors";
import { addUser } from "@/lib/users";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace, TEST_PASSWORD } from "../support/factories";

const BCRYPT = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/;

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return "accepted";
}

describe.each(DB_TARGETS)("auth hardening on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("stores passwords as salted bcrypt, cost 12, and never in the clear", async () => {
    const ws = await makeWorkspace(t.prisma);
    const password = "a long enough passphrase";
    const a = await addUser(t.prisma, systemActor("test"), {
      email: `hash-a-${ws.slug}@example.test`,
      password,
      workspace: ws.slug,
      role: "editor",
    });
    const b = await addUser(t.prisma, systemActor("test"), { email: `hash-b-${ws.slug}@example.test`, password });
    const rows = await t.prisma.user.findMany({ where: { id: { in: [a.id, b.id] } } });
    for (const row of rows) {
      expect(row.passwordHash).toMatch(BCRYPT);
      expect(bcrypt.getRounds(row.passwordHash!)).toBe(12);
      expect(JSON.stringify(row)).not.toContain(password);
    }
    expect(rows[0].passwordHash).not.toBe(rows[1].passwordHash); // salted
    // The audit trail records the account, not the password or its hash.
    const events = await t.prisma.auditEvent.findMany({ where: { entityId: { in: [a.id, b.id] } } });
    expect(events).toHaveLength(2);
    for (const e of events) expect(JSON.stringify(e)).not.toMatch(/\$2[aby]\$|a long enough passphrase/);
    expect(await authenticate(t.prisma, { email: `HASH-A-${ws.slug}@example.test `, password })).toMatchObject({
      id: a.id,
    });
    expect(
      await authenticate(t.prisma, { email: `hash-a-${ws.slug}@example.test`, password: password.toUpperCase() }),
    ).toBeNull();
  });

  it.runIf(target.name === "postgres")("failed sign-ins on two instances add up to one limit", async () => {
    // A second app instance: its own pool and PrismaClient on the same database.
    const other: Database = await openDatabase(t.url);
    try {
      const instances = [t.prisma, other.prisma];
      const { user } = await makeUser(t.prisma, { email: `limited-${Date.now()}@example.test` });
      const control = await makeUser(t.prisma);
      for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
        expect(
          await authenticate(instances[i % 2], { email: user.email, password: "wrong password", client: "10.0.0.1" }),
        ).toBeNull();
      }
      // Neither instance alone saw five failures, yet both make this client wait now.
      for (const db of instances)
        expect(
          await refusal(authenticate(db, { email: user.email, password: TEST_PASSWORD, client: "10.0.0.1" })),
        ).toBe("rate_limited");
      expect(
        await authenticate(other.prisma, { email: control.user.email, password: TEST_PASSWORD, client: "10.0.0.1" }),
      ).toMatchObject({ id: control.user.id });

      // Concurrent failures from both instances are all counted (one atomic upsert each).
      const { user: racer } = await makeUser(t.prisma, { email: `racer-${Date.now()}@example.test` });
      await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          authenticate(instances[i % 2], { email: racer.email, password: "nope", client: "203.0.113.9" }),
        ),
      );
      const buckets = await other.prisma.rateLimitBucket.findMany({
        where: { key: { in: [accountKey(racer.email, "203.0.113.9"), "signin:client:203.0.113.9"] } },
      });
      expect(buckets.map((b) => b.count).sort()).toEqual([4, 4]);
      console.log(
        `rate limit: ${MAX_FAILURES_PER_EMAIL} failures alternated over 2 instances → both refuse; 4 concurrent failures counted 4`,
      );
    } finally {
      await other.close();
    }
  });

  it("after the limit the right password is refused on the same instance too", async () => {
    const { user } = await makeUser(t.prisma);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++)
      await authenticate(t.prisma, { email: user.email, password: "wrong" });
    // One below the limit, the right password still works and clears the count.
    expect(await authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++)
      await authenticate(t.prisma, { email: user.email, password: "wrong" });
    expect(await refusal(authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD }))).toBe("rate_limited");
  });
});
