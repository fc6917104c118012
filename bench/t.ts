import { openDatabase } from "@/lib/db";
import { publicClaim, publicDocument, publicWorkspace } from "@/lib/publishing";
const d = await openDatabase("pglite:.data/bench/pglite-2000");
const [c] = await d.query<{id:string}>(`SELECT id FROM "Claim" WHERE status='published' ORDER BY id LIMIT 1`);
const [doc] = await d.query<{id:string}>(`SELECT id FROM "Document" WHERE id LIKE '%\\_d%' ORDER BY id LIMIT 1`);
let n = 0; const orig = d.prisma;
for (let k = 0; k < 3; k++) {
  let t0 = performance.now();
  for (let i = 0; i < 20; i++) { const ws = await publicWorkspace(d.prisma, "bench"); await publicClaim(d.prisma, ws!, c.id); }
  console.log("claim ms", (performance.now() - t0) / 20);
  t0 = performance.now();
  for (let i = 0; i < 5; i++) { const ws = await publicWorkspace(d.prisma, "bench"); await publicDocument(d.prisma, ws!, doc.id); }
  console.log("doc ms", (performance.now() - t0) / 5);
}
void n; void orig;
await d.close();
