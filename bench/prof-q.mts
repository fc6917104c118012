const { openDatabase } = await import("@/lib/db");
const database = await openDatabase(process.argv[2]);
const db = database.prisma;
const cpuMs = async (name: string, q: () => Promise<unknown>) => {
  for (let i = 0; i < 100; i++) await q();
  const c0 = process.cpuUsage();
  const N = 1000;
  for (let i = 0; i < N; i++) await q();
  const c = process.cpuUsage(c0);
  console.log(name, ((c.user + c.system) / 1000 / N).toFixed(3));
};
await cpuMs("model findUnique", () => db.workspace.findUnique({ where: { slug: "bench" }, select: { id: true } }));
await cpuMs("$queryRawUnsafe", () => db.$queryRawUnsafe(`SELECT id FROM "Workspace" WHERE slug = $1`, "bench"));
await cpuMs("$queryRaw tagged", () => db.$queryRaw`SELECT id FROM "Workspace" WHERE slug = ${"bench"}`);
await cpuMs("pg pool", () => database.query(`SELECT id FROM "Workspace" WHERE slug = $1`, ["bench"]));
await cpuMs("tx of 3 raw", () => db.$transaction(async (tx) => { for (let i=0;i<3;i++) await tx.$queryRawUnsafe(`SELECT id FROM "Workspace" WHERE slug = $1`, "bench"); }));
await cpuMs("tx of 3 model", () => db.$transaction(async (tx) => { for (let i=0;i<3;i++) await tx.workspace.findUnique({ where: { slug: "bench" }, select: { id: true } }); }));
await cpuMs("model findFirst wide claim", () => db.claim.findFirst({ where: { workspace: { slug: "bench" } } }));
await database.close();
