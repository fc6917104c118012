import "server-only";
// The claim row as the review cycle's SQL reads and writes it: every column Prisma's model has (the
// generated field list, so a new column is read without touching this), typed as Prisma's Claim.
import { Prisma, type Claim } from "@/lib/db";
import { sqlOf, type SqlExecutor } from "@/lib/db/sql";
import { liveClaimSql } from "@/lib/claims/live-sql";

export type ClaimRow = Claim;

/** Plain new values for some of a claim's columns (the version and updatedAt move by themselves). */
export type ClaimChanges = Partial<Omit<ClaimRow, "id" | "workspaceId" | "version" | "updatedAt" | "createdAt">>;

const FIELDS = Object.values(Prisma.ClaimScalarFieldEnum);
// Prisma reads a NULL list column as []; so does this (tags has no default, and rows written by
// createMany without it hold NULL).
const LISTS = new Set(["tags", "contentEditorIds"]);
export const CLAIM_COLUMNS = Prisma.raw(
  FIELDS.map((f) => (LISTS.has(f) ? `coalesce("${f}", '{}') AS "${f}"` : `"${f}"`)).join(", "),
);
const column = (name: string) => {
  // Names come from code, never from input; the check keeps it that way.
  if (!(FIELDS as string[]).includes(name)) throw new Error(`Claim has no column ${name}`);
  return Prisma.raw(`"${name}"`);
};

/** `"col" = value, …` for an UPDATE of the claim. */
export const claimAssignments = (data: ClaimChanges) =>
  Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => Prisma.sql`${column(k)} = ${v}`);

/** A live claim of the workspace, or null (someone else's, in the trash or merged: a 404). */
export async function liveClaimRow(tx: SqlExecutor, workspaceId: string, claimId: string): Promise<ClaimRow | null> {
  const [row] = await sqlOf(tx).rows<ClaimRow>(Prisma.sql`
    SELECT ${CLAIM_COLUMNS} FROM "Claim" c
    WHERE c.id = ${claimId} AND c."workspaceId" = ${workspaceId} AND ${liveClaimSql("c")}`);
  return row ?? null;
}

/** The claim as it is now (a conflict's `current`). */
export async function claimRow(tx: SqlExecutor, claimId: string): Promise<ClaimRow | null> {
  const [row] = await sqlOf(tx).rows<ClaimRow>(Prisma.sql`SELECT ${CLAIM_COLUMNS} FROM "Claim" WHERE id = ${claimId}`);
  return row ?? null;
}

/** Writes the claim's columns as given, unconditionally (the caller already holds its version). */
export async function writeClaim(tx: SqlExecutor, claimId: string, data: ClaimChanges): Promise<ClaimRow> {
  const set = [...claimAssignments(data), Prisma.sql`"updatedAt" = ${new Date()}`];
  const [row] = await sqlOf(tx).rows<ClaimRow>(
    Prisma.sql`UPDATE "Claim" SET ${Prisma.join(set)} WHERE id = ${claimId} RETURNING ${CLAIM_COLUMNS}`,
  );
  if (!row) throw new Error(`claim ${claimId} vanished inside its own transaction`);
  return row;
}
