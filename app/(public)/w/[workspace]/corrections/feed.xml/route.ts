// Atom feed of a public workspace's corrections and retractions (the /corrections log).
import { getDb } from "@/lib/db/server";
import { publicOrigin } from "@/lib/platform/origin";
import { publicFeedResponse } from "@/lib/publishing";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return publicFeedResponse(await getDb(), workspace, publicOrigin(req.headers), "corrections");
}
