import { createApiKey } from "../../auth/api-keys";
import { getDb } from "../../db/client";
import { organizations } from "../../db/schema";
import { newId } from "../../ids";
import { createUser } from "../users/create-user";

export type CreateOrganizationOptions = { name: string; adminEmail: string; adminPassword: string };

/** A new tenant with its first admin and API key: what `cli org:create` prints. */
export async function createOrganization({ name, adminEmail, adminPassword }: CreateOrganizationOptions) {
  const db = await getDb();
  const [org] = await db.insert(organizations).values({ id: newId("organization"), name }).returning();
  const admin = await createUser({ organizationId: org.id, email: adminEmail, password: adminPassword, role: "admin" });
  const key = await createApiKey({ organizationId: org.id, name: "Default key" });
  return {
    organization: { id: org.id, name: org.name },
    secret_key: key.secret,
    admin: { email: admin.email },
  };
}
