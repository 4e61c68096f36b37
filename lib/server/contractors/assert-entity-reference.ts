import { ApiError, whenNotFound } from "../../api/errors";
import { getEntityOrThrow } from "../entities/get-entity-or-throw";

/** A contractor may only point at an entity of its own organization. */
export async function assertEntityReference(organizationId: string, entityId: string | null | undefined) {
  if (!entityId) return;
  await getEntityOrThrow({ organizationId, id: entityId }).catch(
    whenNotFound(() => new ApiError(400, "invalid_input", `Invalid value for 'entity': no such entity '${entityId}'.`)),
  );
}
