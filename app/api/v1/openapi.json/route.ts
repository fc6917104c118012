import { openApiDocument } from "@/lib/api/openapi";
import { publicOrigin } from "@/lib/platform/origin";

export const dynamic = "force-dynamic";

export function GET(req: Request) {
  return Response.json(openApiDocument(publicOrigin(req.headers)));
}
