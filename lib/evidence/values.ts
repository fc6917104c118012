// The stance and strength lists, from the Prisma enums (schema order), for forms and schemas alike.
// No database access: client components import this.
import { Stance, Strength } from "@/lib/db/generated/enums";

export const STANCES = Object.values(Stance) as [Stance, ...Stance[]];
export const STRENGTHS = Object.values(Strength) as [Strength, ...Strength[]];
