// Prisma turns `equals` with `mode: "insensitive"`, and `contains`, into PostgreSQL's (I)LIKE
// without escaping the value (prisma/orm#10810, #19506: open), so a name holding `%` or `_`
// would match other names ("Alfred%" found "Alfred McCoy"). Every case-insensitive string filter
// is built here, so no other module writes `mode: "insensitive"`. LIKE's default escape
// character is the backslash. Pure.

/** The value as LIKE reads it literally: `\`, `%` and `_` escaped. */
export const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A string filter: exactly this text, ignoring case. */
export const sameTextIgnoringCase = (value: string) => ({ equals: likeLiteral(value), mode: "insensitive" as const });

/** A string filter: holds this text, ignoring case. */
export const containsIgnoringCase = (value: string) => ({ contains: likeLiteral(value), mode: "insensitive" as const });
