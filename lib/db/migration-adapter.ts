// Driver adapter for the Prisma CLI (migrate status/deploy/diff). Not used at runtime.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseDatabaseUrl } from "./url";

export async function migrationAdapter(url: string | undefined) {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres") {
    // prisma/prisma#27403: the schema engine reads catalog columns of type `name` (oid 19),
    // which @prisma/adapter-pg 6.19 cannot decode. Report them as text (oid 25).
    const proto = pg.Result.prototype as unknown as {
      addFields: (fields: { dataTypeID: number }[]) => void;
      __nameAsText?: boolean;
    };
    if (!proto.__nameAsText) {
      const original = proto.addFields;
      proto.addFields = function (fields) {
        for (const f of fields) if (f.dataTypeID === 19) f.dataTypeID = 25;
        return original.call(this, fields);
      };
      proto.__nameAsText = true;
    }
    return new PrismaPg({ connectionString: target.url });
  }
  // The CLI holds the same lock as the server while it touches the embedded database.
  const { openPglite } = await import("./pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const opened = await openPglite(target.kind === "pglite-memory" ? null : target.dir);
  return new PrismaPGlite(opened.client);
}
