import { deleteRoute } from "@/lib/api/trash-routes";
import { deleteDocument } from "@/lib/trash";

/** Moves the document to the trash (204); `POST …/restore` brings it back. */
export const DELETE = deleteRoute(deleteDocument);
