import "server-only";
// Delete, trash, restore and purge (issue 15): one path for the desk, the API and the CLI.
export { deleteClaim, deleteClaimant, deleteCommentToTrash, deleteDocument, deleteSource } from "./delete";
export { restoreRecord } from "./restore";
export { listTrash, type TrashItem } from "./list";
export { purgeTrash } from "./purge";
export { TRASH_TYPES, type TrashType } from "./schemas";
export { liveClaimantWhere, liveClaimWhere, liveCommentWhere, liveDocumentWhere, liveSourceWhere } from "./live";
