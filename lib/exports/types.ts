// Shared shapes of the export writers: an entity (one table / one JSON array) knows how to read
// its rows in batches, how to show one row as JSON, and its CSV columns with Table Schema types.
import type { Db } from "@/lib/db";
import type { PublicRating } from "@/lib/publishing/workspace";
import type { ExportScope } from "./scope";

export const FORMATS = ["csv", "json", "ndjson", "claimreview", "annotations", "datapackage"] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** Order of the JSON object's arrays (the JSON export contract in docs/ARCHITECTURE.md) and of NDJSON lines. */
export const ENTITY_NAMES = [
  "documents",
  "sources",
  "citations",
  "claimants",
  "claims",
  "evidence",
  "relations",
  "reviews",
  "corrections",
  "comments",
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export interface ExportWorkspace {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  licence: string;
  /** The active rating scale: the verdicts claims are rated on. */
  ratingScale: RatingScaleInfo | null;
}

export interface RatingScaleInfo {
  id: string;
  name: string;
  /** The public ratings without their position (the array is in scale order). */
  ratings: Omit<PublicRating, "position">[];
}

export interface ExportContext {
  db: Db;
  scope: ExportScope;
  workspace: ExportWorkspace;
  /** Public origin (PUBLIC_URL), no trailing slash. */
  origin: string;
  /** Rows per query; tests lower it to exercise pagination. */
  batchSize: number;
}

/** Frictionless Table Schema field types used here. */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "datetime";
export type Cell = string | number | boolean | Date | null | undefined;

export interface Column<R> {
  name: string;
  type: FieldType;
  get(row: R): Cell;
  description?: string;
  /** Left out of public exports (internal notes, user ids, editorial scores). */
  fullOnly?: boolean;
  /** The only values the column holds (a Data Package `enum` constraint). */
  enum?: readonly string[];
}

export interface ForeignKey {
  fields: string;
  reference: { resource: EntityName; fields: "id" };
}

export interface EntitySpec<R> {
  name: EntityName;
  /** NDJSON `type` of one row. */
  type: string;
  description: string;
  /** Never part of a public export (reviews, comments). */
  internal?: boolean;
  read(ctx: ExportContext): AsyncIterable<R[]>;
  json(row: R, ctx: ExportContext): Record<string, unknown>;
  columns: Column<R>[];
  foreignKeys: ForeignKey[];
}

// Method syntax above is bivariant in R, so every EntitySpec<Row> is an AnyEntity.
export type AnyEntity = EntitySpec<unknown>;

export interface ExportResult {
  filename: string;
  contentType: string;
  body: AsyncIterable<string | Uint8Array>;
}
