import { sql } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "../../auth/password";
import { getDb } from "../../db/client";
import { users } from "../../db/schema";
import { newId } from "../../ids";
import { userRoleSchema } from "../../schemas/user";

export { userRoleSchema };

export const createUserSchema = z.object({
  organizationId: z.string().min(1),
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(8, "must be at least 8 characters").max(200),
  role: userRoleSchema,
  name: z.string().trim().max(200).optional(),
});

export type CreateUserOptions = z.input<typeof createUserSchema>;

export class DuplicateEmailError extends Error {}

export async function createUser(options: CreateUserOptions) {
  const input = createUserSchema.parse(options);
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email}`);
  if (existing) throw new DuplicateEmailError(`A user with email ${input.email} already exists.`);
  const [user] = await db
    .insert(users)
    .values({
      id: newId("user"),
      organizationId: input.organizationId,
      email: input.email,
      name: input.name ?? null,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    })
    .returning({ id: users.id, email: users.email, role: users.role, organizationId: users.organizationId });
  return user;
}
