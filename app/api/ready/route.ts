import { problem } from "@/lib/api/problem";
import { getDatabase } from "@/lib/db/server";
import { checkReadiness } from "@/lib/platform/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const r = await checkReadiness(getDatabase);
  if (!r.ready) return problem(503, `not ready: ${r.problems.join("; ")}`, { problems: r.problems });
  return Response.json({ status: "ready" }, { headers: { "cache-control": "no-store" } });
}
