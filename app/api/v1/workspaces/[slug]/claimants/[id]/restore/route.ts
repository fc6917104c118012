import { restoreRoute } from "@/lib/api/trash-routes";

/** Brings the claimant back from the trash; 409 says what conflicts. */
export const POST = restoreRoute("claimant");
