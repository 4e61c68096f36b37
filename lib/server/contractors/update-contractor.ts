import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { contractors } from "../../db/schema";
import type { UpdateContractorInput } from "../../schemas/contractor";
import { assertEntityReference } from "./assert-entity-reference";
import { getContractorOrThrow } from "./get-contractor-or-throw";

export type UpdateContractorOptions = { organizationId: string; id: string; input: UpdateContractorInput };

/** Only the fields sent change; a field sent as null (or "" in a form) is cleared. */
export async function updateContractor({ organizationId, id, input }: UpdateContractorOptions) {
  await getContractorOrThrow({ organizationId, id });
  if (input.entity !== undefined) await assertEntityReference(organizationId, input.entity);
  const set: Partial<typeof contractors.$inferInsert> = { updatedAt: new Date() };
  if (input.email !== undefined) set.email = input.email;
  if (input.first_name !== undefined) set.firstName = input.first_name;
  if (input.last_name !== undefined) set.lastName = input.last_name;
  if (input.company_name !== undefined) set.companyName = input.company_name;
  if (input.phone !== undefined) set.phone = input.phone;
  if (input.address !== undefined) set.address = input.address;
  if (input.entity !== undefined) set.entityId = input.entity;
  if (input.custom_metadata !== undefined) set.customMetadata = input.custom_metadata;
  const db = await getDb();
  const [row] = await db
    .update(contractors)
    .set(set)
    .where(and(eq(contractors.organizationId, organizationId), eq(contractors.id, id)))
    .returning();
  return row;
}
