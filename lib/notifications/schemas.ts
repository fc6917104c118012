// Inputs of the notification readers and writers (also the OpenAPI document's, lib/api/openapi.ts).
import { z } from "zod";
import { EMAIL_MODES } from "./kinds";

const flag = z
  .union([z.boolean(), z.enum(["1", "0", "true", "false"])])
  .transform((v) => v === true || v === "1" || v === "true");

export const listNotificationsInput = z.object({
  unread: flag.optional().describe("1: only unread notifications"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const markReadInput = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1, "name at least one notification").max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

export const emailPreferenceInput = z.object({
  emailMode: z.enum(EMAIL_MODES, { error: "choose immediately, daily_digest or off" }),
});
