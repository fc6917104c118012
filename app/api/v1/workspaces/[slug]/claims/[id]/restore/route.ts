import { restoreRoute } from "@/lib/api/trash-routes";

/** Brings the claim back from the trash; 409 says what conflicts. */
export const POST = restoreRoute("claim");
