import { z } from "zod";

export const createApiKeySchema = z.object({ name: z.string().trim().min(1, "must not be empty").max(100).default("API key") });
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters of the secret, so people can tell keys apart; the secret itself is never shown again. */
  prefix: z.string(),
  created: z.number().int(),
  last_used: z.number().int().nullable(),
  revoked: z.number().int().nullable(),
});
export type ApiKeyObject = z.infer<typeof apiKeySchema>;

/** Only the create response carries `secret`. */
export const createdApiKeySchema = apiKeySchema.extend({ secret: z.string() });
export type CreatedApiKeyObject = z.infer<typeof createdApiKeySchema>;
