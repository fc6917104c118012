import { z } from "zod";
import { Role, ROLES } from "@/lib/auth/permissions";

export const slugSchema = z
  .string()
  .trim()
  .min(2, "slug must be at least 2 characters")
  .max(40, "slug must be at most 40 characters")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "slug may hold only lowercase letters, digits and inner hyphens");

export const createWorkspaceInput = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1, "name is required").max(120),
  description: z.string().trim().max(2000).optional(),
  isPublic: z.boolean().default(true),
});

export const roleSchema = z.enum(Role, { error: `role must be one of ${ROLES.join(", ")}` });
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("email is not a valid address"));
