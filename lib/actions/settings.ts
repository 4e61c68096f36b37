"use server";

import type { CreateEntityInput } from "../schemas/entity";
import type { CreateInsuranceRequirementInput, UpdateInsuranceRequirementInput } from "../schemas/insurance-requirement";
import { runAction } from "./run-action";

export async function listRequirementsAction() {
  return runAction(async (api) => (await api.requirements.list({ limit: 100 })).data);
}

export async function saveRequirementAction(id: string | null, input: CreateInsuranceRequirementInput | UpdateInsuranceRequirementInput) {
  return runAction((api) => (id ? api.requirements.update(id, input) : api.requirements.create(input as CreateInsuranceRequirementInput)));
}

export async function deleteRequirementAction(id: string) {
  return runAction((api) => api.requirements.remove(id));
}

export async function listEntitiesAction() {
  return runAction(async (api) => (await api.entities.list({ limit: 100 })).data);
}

export async function createEntityAction(input: CreateEntityInput) {
  return runAction((api) => api.entities.create(input));
}

export async function deleteEntityAction(id: string) {
  return runAction((api) => api.entities.remove(id));
}
