"use server";

import type { CreateUserInput, UpdateUserInput } from "../schemas/user";
import { runAction } from "./run-action";

export async function listApiKeysAction() {
  return runAction(async (api) => (await api.apiKeys.list({ limit: 100 })).data);
}

export async function createApiKeyAction(name: string) {
  return runAction((api) => api.apiKeys.create({ name }));
}

export async function revokeApiKeyAction(id: string) {
  return runAction((api) => api.apiKeys.revoke(id));
}

export async function listUsersAction() {
  return runAction(async (api) => (await api.users.list({ limit: 100 })).data);
}

export async function createUserAction(input: CreateUserInput) {
  return runAction((api) => api.users.create(input));
}

export async function updateUserAction(id: string, input: UpdateUserInput) {
  return runAction((api) => api.users.update(id, input));
}

export async function disableUserAction(id: string) {
  return runAction((api) => api.users.disable(id));
}
