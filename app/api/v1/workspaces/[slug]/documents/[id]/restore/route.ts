import { restoreRoute } from "@/lib/api/trash-routes";

/** Brings the document back from the trash; 409 says what conflicts. */
export const POST = restoreRoute("document");
