// Prisma turns `equals` with `mode: "insensitive"`, and `contains`, into PostgreSQL's (I)LIKE
// without escaping the value (prisma/orm#10810, #19506: open), so a name holding `%` or `_`
// would match other names ("Alfred%" found "Alfred McCoy"). Every such filter passes its value
// through here: LIKE's default escape character is the backslash. Pure.

/** The value as LIKE reads it literally: `\`, `%` and `_` escaped. */
export const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
