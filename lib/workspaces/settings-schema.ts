import { z } from "zod";

export const workspaceSettingsInput = z
  .object({
    name: z.string().trim().min(1, "name is required").max(120).optional(),
    description: z.string().trim().max(2000).nullable().optional(),
    isPublic: z.boolean({ error: "isPublic must be true or false" }).optional(),
    publishDissent: z.boolean({ error: "publishDissent must be true or false" }).optional(),
    reviewersMayPublish: z.boolean({ error: "reviewersMayPublish must be true or false" }).optional(),
  })
  .strict();
