import "server-only";
// The registry of exported entities, in the order of the JSON export contract (docs/ARCHITECTURE.md, "Contracts").
import type { AnyEntity, Column, EntityName, ExportContext } from "../types";
import { claims } from "./claims";
import { citations, claimants, documents, sources } from "./library";
import { comments, corrections, evidence, relations, reviews } from "./links";

export { readClaims, type ClaimRow } from "./claims";
export { countClaims } from "./claims-sql";

export const ENTITIES: Record<EntityName, AnyEntity> = {
  documents,
  sources,
  citations,
  claimants,
  claims,
  evidence,
  relations,
  reviews,
  corrections,
  comments,
};

/** Entities an export of this scope may contain: reviews and comments only for members. */
export function entitiesFor(ctx: Pick<ExportContext, "scope">): AnyEntity[] {
  return Object.values(ENTITIES).filter((e) => !(ctx.scope.public && e.internal));
}

/** The columns of a table in this scope (public tables lose internal columns). */
export function columnsFor(entity: AnyEntity, ctx: Pick<ExportContext, "scope">): Column<unknown>[] {
  return entity.columns.filter((c) => !(ctx.scope.public && c.fullOnly));
}
