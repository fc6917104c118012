// newId (lib/db/ids.ts): ids for rows written as SQL, in Prisma's cuid format, in creation order
// (the claim timeline orders one transaction's audit events by id).
import { describe, expect, it } from "vitest";
import { newId } from "@/lib/db/ids";

describe("newId", () => {
  it("looks like the cuids Prisma generates", () => {
    expect(newId()).toMatch(/^c[a-z0-9]{24}$/);
  });

  it("sorts in the order the ids were made, many in the same millisecond", () => {
    const ids = Array.from({ length: 5000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
