"use server";

import type { CreateContractorInput, UpdateContractorInput } from "../schemas/contractor";
import { runAction } from "./run-action";

export async function listContractorsAction(query: { search?: string; starting_after?: string; ending_before?: string; limit?: number }) {
  return runAction((api) => api.contractors.list({ limit: 20, ...query, withCompliance: true }));
}

export async function getContractorAction(id: string) {
  return runAction((api) => api.contractors.get(id, true));
}

export async function createContractorAction(input: CreateContractorInput) {
  return runAction((api) => api.contractors.create(input));
}

export async function updateContractorAction(id: string, input: UpdateContractorInput) {
  return runAction((api) => api.contractors.update(id, input));
}

export async function listEntitiesForPickerAction() {
  return runAction(async (api) => (await api.entities.list({ limit: 100 })).data);
}
