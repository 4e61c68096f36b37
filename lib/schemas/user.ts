import { z } from "zod";

export const userRoleSchema = z.enum(["admin", "reviewer", "viewer"]);
export type UserRole = z.infer<typeof userRoleSchema>;

export const createUserInputSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(8, "must be at least 8 characters").max(200),
  role: userRoleSchema,
  name: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(200).optional()),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z.object({
  role: userRoleSchema.optional(),
  name: z.preprocess((v) => (v === "" ? null : v), z.string().trim().max(200).nullable().optional()),
});
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: userRoleSchema,
  created: z.number().int(),
  disabled: z.number().int().nullable(),
});
export type UserObject = z.infer<typeof userSchema>;
