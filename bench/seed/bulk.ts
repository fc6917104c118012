// COPY-style bulk load that works the same on PGlite and PostgreSQL: rows are buffered per table
// and written as one `INSERT … SELECT FROM unnest($1::text[], …)` per batch — one round trip and
// one statement plan for thousands of rows, with arrays as the only parameters.
import type { Database } from "@/lib/db";

export type ColumnType = "text" | "int" | "float" | "bool" | "timestamp" | "jsonb" | "text[]" | `enum:${string}`;
export interface Column {
  name: string;
  type: ColumnType;
}

const BATCH_ROWS = 2000;

function sqlOf(table: string, columns: Column[]): string {
  const arrays = columns.map((c, i) => {
    // Arrays of arrays cannot be unnested row by row, so text[] columns travel as one string joined by U+001F.
    const base = c.type === "int" ? "int" : c.type === "float" ? "float8" : c.type === "bool" ? "bool" : "text";
    return `$${i + 1}::${base}[]`;
  });
  const selects = columns.map((c, i) => {
    const v = `u.c${i}`;
    if (c.type === "timestamp") return `${v}::timestamp(3)`;
    if (c.type === "jsonb") return `${v}::jsonb`;
    if (c.type === "text[]") return `CASE WHEN ${v} = '' THEN ARRAY[]::text[] ELSE string_to_array(${v}, chr(31)) END`;
    if (c.type.startsWith("enum:")) return `${v}::"${c.type.slice(5)}"`;
    return v;
  });
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")})
    SELECT ${selects.join(", ")} FROM unnest(${arrays.join(", ")}) AS u(${columns.map((_, i) => `c${i}`).join(", ")})`;
}

export class BulkTable {
  private readonly cols: unknown[][];
  private readonly sql: string;
  rows = 0;
  /** Time spent writing this table's batches. */
  ms = 0;
  /** Tables whose rows this one references: flushed first, so foreign keys hold at every batch. */
  readonly parents: BulkTable[] = [];
  constructor(
    private readonly db: Database,
    readonly table: string,
    private readonly columns: Column[],
  ) {
    this.cols = columns.map(() => []);
    this.sql = sqlOf(table, columns);
  }

  /** Buffers one row (values in column order); writes a batch when it is full. */
  async add(values: unknown[]): Promise<void> {
    for (let i = 0; i < this.columns.length; i++) {
      const c = this.columns[i];
      const v = values[i] ?? null;
      this.cols[i].push(
        c.type === "text[]"
          ? (v as string[]).join("\u001f")
          : c.type === "jsonb" && v !== null
            ? JSON.stringify(v)
            : v instanceof Date
              ? v.toISOString()
              : v,
      );
    }
    this.rows++;
    if (this.cols[0].length >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    for (const p of this.parents) await p.flush();
    if (!this.cols[0].length) return;
    const params = this.cols.map((c) => c.splice(0));
    const t0 = performance.now();
    await this.db.query(this.sql, params);
    this.ms += performance.now() - t0;
  }
}
