import type { contractors } from "../../db/schema";
import type { Contractor } from "../../schemas/contractor";
import { unixSeconds } from "./time";

export function serializeContractor(row: typeof contractors.$inferSelect): Contractor {
  return {
    id: row.id,
    email: row.email,
    first_name: row.firstName,
    last_name: row.lastName,
    company_name: row.companyName,
    phone: row.phone,
    address: row.address ?? null,
    entity: row.entityId,
    custom_metadata: row.customMetadata ?? null,
    created: unixSeconds(row.createdAt),
    updated: unixSeconds(row.updatedAt),
  };
}
