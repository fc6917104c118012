// Prisma CLI config: the `js` engine with a driver adapter, so generate/migrate never
// download native engine binaries (docs/ARCHITECTURE.md, Contracts). The adapter follows DATABASE_URL.
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./lib/db/migration-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  adapter: () => migrationAdapter(process.env.DATABASE_URL),
});
