import { deleteRoute } from "@/lib/api/trash-routes";
import { deleteClaimant } from "@/lib/trash";

/** Moves the claimant to the trash (204); `POST …/restore` brings it back. */
export const DELETE = deleteRoute(deleteClaimant);
