import "server-only";
// publicOrigin (./origin) for the request being rendered, in pages and metadata routes.
import { headers } from "next/headers";
import { publicOrigin } from "./origin";

export async function requestPublicOrigin(): Promise<string> {
  return publicOrigin(await headers());
}
