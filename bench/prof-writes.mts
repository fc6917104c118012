// scratch: profile the writes phase (not committed)
import pg from "pg";
const counts = new Map<string, number>();
let total = 0;
const orig = pg.Client.prototype.query;
(pg.Client.prototype as any).query = function (this: any, q: any, ...rest: any[]) {
  const text = typeof q === "string" ? q : q?.text;
  if (process.env.COUNT && text) { total++; const k = text.slice(0, 90); counts.set(k, (counts.get(k) ?? 0) + 1); }
  return (orig as any).call(this, q, ...rest);
};
const { openDatabase } = await import("@/lib/db");
const { benchWorkspace } = await import("./seed");
const { benchWrites } = await import("./phases/writes");
const database = await openDatabase(process.argv[2]);
const ws = (await benchWorkspace(database, "bench"))!;
const w = await benchWrites(database, "bench", ws.editors, ws.reviewers);
console.log(JSON.stringify(w));
if (process.env.COUNT) {
  console.log("total", total);
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(v, k.replace(/\s+/g, " "));
}
await database.close();
