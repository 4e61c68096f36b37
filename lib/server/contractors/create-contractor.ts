import { getDb } from "../../db/client";
import { contractors } from "../../db/schema";
import { newId } from "../../ids";
import type { CreateContractorInput } from "../../schemas/contractor";
import { assertEntityReference } from "./assert-entity-reference";

export type CreateContractorOptions = { organizationId: string; input: CreateContractorInput };

export async function createContractor({ organizationId, input }: CreateContractorOptions) {
  await assertEntityReference(organizationId, input.entity);
  const db = await getDb();
  const [row] = await db
    .insert(contractors)
    .values({
      id: newId("contractor"),
      organizationId,
      email: input.email,
      firstName: input.first_name ?? null,
      lastName: input.last_name ?? null,
      companyName: input.company_name ?? null,
      phone: input.phone ?? null,
      address: input.address ?? null,
      entityId: input.entity ?? null,
      customMetadata: input.custom_metadata ?? null,
    })
    .returning();
  return row;
}
