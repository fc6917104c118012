// Which sources are live: not merged into another source. Source readers (library list, detail,
// duplicate matching, exports) build on this, so "hidden once merged" is decided here once.
// Soft delete (issue 15 part A) adds its filter here too.
import type { Prisma } from "@/lib/db";

export const liveSourceWhere = { mergedIntoId: null } satisfies Prisma.SourceWhereInput;
