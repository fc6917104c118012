// `corroborate db migrate|seed|reset`.
import { openDatabase } from "@/lib/db";
import { migrate, resetSchema } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo";
import { UsageError, withDb } from "./util";

export async function dbCommand([sub]: string[]) {
  if (sub === "seed")
    return withDb(async (d) =>
      console.log((await seedDemo(d.prisma)) ? "seeded the demo workspace" : "demo workspace already present"),
    );
  if (sub !== "migrate" && sub !== "reset") throw new UsageError(`unknown db command '${sub ?? ""}'`);
  const database = await openDatabase(process.env.DATABASE_URL);
  try {
    if (sub === "migrate") {
      const applied = await migrate(database);
      console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
      return;
    }
    await resetSchema(database);
    await migrate(database);
    await seedDemo(database.prisma);
    console.log("database reset and demo workspace seeded");
  } finally {
    await database.close();
  }
}
