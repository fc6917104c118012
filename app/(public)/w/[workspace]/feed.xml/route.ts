// Atom feed of a public workspace's new verdicts and corrections (lib/publishing/feed).
import { getDb } from "@/lib/db/server";
import { publicOrigin } from "@/lib/platform/origin";
import { publicFeedResponse } from "@/lib/publishing";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return publicFeedResponse(await getDb(), workspace, publicOrigin(req.headers), "verdicts and corrections");
}
