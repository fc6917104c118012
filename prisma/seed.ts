// `prisma db seed` / `corroborate db seed`: the demo workspace.
import { openDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo";

const database = await openDatabase(process.env.DATABASE_URL);
try {
  await migrate(database);
  console.log((await seedDemo(database.prisma)) ? "seeded the demo workspace" : "demo workspace already present");
} finally {
  await database.close();
}
