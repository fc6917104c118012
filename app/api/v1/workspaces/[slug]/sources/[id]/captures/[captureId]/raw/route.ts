import { apiHandler } from "@/lib/api/handler";
import { captureRaw } from "@/lib/capture";

type Params = { slug: string; id: string; captureId: string };

/** The captured bytes as a download: never rendered here (attachment, sandboxed, no sniffing). */
export const GET = apiHandler<Params>(async ({ db, actor, params }) => {
  const raw = await captureRaw(db, actor, params.slug, params.captureId);
  return new Response(new Uint8Array(raw.bytes), {
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="capture-${params.captureId}${raw.contentType?.includes("pdf") ? ".pdf" : raw.contentType?.includes("html") ? ".html" : ".txt"}"`,
      "content-security-policy": "sandbox",
      "x-content-type-options": "nosniff",
      ...(raw.sha256 ? { digest: `sha-256=${Buffer.from(raw.sha256, "hex").toString("base64")}` } : {}),
    },
  });
});
