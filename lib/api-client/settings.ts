import { apiKeySchema, createdApiKeySchema, type CreateApiKeyInput } from "../schemas/api-key";
import { entitySchema, type CreateEntityInput, type UpdateEntityInput } from "../schemas/entity";
import {
  insuranceRequirementSchema,
  type CreateInsuranceRequirementInput,
  type UpdateInsuranceRequirementInput,
} from "../schemas/insurance-requirement";
import { auditLogEntrySchema } from "../schemas/audit-log";
import { userSchema, type CreateUserInput, type UpdateUserInput } from "../schemas/user";
import { z } from "zod";
import { listOf, type ListQuery, type Transport } from "./core";

const deleted = z.object({ id: z.string(), deleted: z.literal(true) });

export function requirementsClient(t: Transport) {
  const path = (id: string) => `/insurance_requirements/${encodeURIComponent(id)}`;
  return {
    list: (query: ListQuery = {}) => t.request(listOf(insuranceRequirementSchema), "GET", "/insurance_requirements", { query }),
    create: (input: CreateInsuranceRequirementInput) => t.request(insuranceRequirementSchema, "POST", "/insurance_requirements", { body: input }),
    update: (id: string, input: UpdateInsuranceRequirementInput) => t.request(insuranceRequirementSchema, "PUT", path(id), { body: input }),
    remove: (id: string) => t.request(deleted, "DELETE", path(id)),
  };
}

export function entitiesClient(t: Transport) {
  const path = (id: string) => `/entities/${encodeURIComponent(id)}`;
  return {
    list: (query: ListQuery = {}) => t.request(listOf(entitySchema), "GET", "/entities", { query }),
    create: (input: CreateEntityInput) => t.request(entitySchema, "POST", "/entities", { body: input }),
    update: (id: string, input: UpdateEntityInput) => t.request(entitySchema, "PUT", path(id), { body: input }),
    remove: (id: string) => t.request(deleted, "DELETE", path(id)),
  };
}

export function apiKeysClient(t: Transport) {
  return {
    list: (query: ListQuery = {}) => t.request(listOf(apiKeySchema), "GET", "/api_keys", { query }),
    create: (input: CreateApiKeyInput) => t.request(createdApiKeySchema, "POST", "/api_keys", { body: input }),
    revoke: (id: string) => t.request(apiKeySchema, "DELETE", `/api_keys/${encodeURIComponent(id)}`),
  };
}

export function usersClient(t: Transport) {
  const path = (id: string) => `/users/${encodeURIComponent(id)}`;
  return {
    list: (query: ListQuery = {}) => t.request(listOf(userSchema), "GET", "/users", { query }),
    create: (input: CreateUserInput) => t.request(userSchema, "POST", "/users", { body: input }),
    update: (id: string, input: UpdateUserInput) => t.request(userSchema, "PUT", path(id), { body: input }),
    disable: (id: string) => t.request(userSchema, "DELETE", path(id)),
  };
}

export type AuditLogQuery = ListQuery & { actor?: string; target?: string };

export function auditLogClient(t: Transport) {
  return { list: (query: AuditLogQuery = {}) => t.request(listOf(auditLogEntrySchema), "GET", "/audit_log", { query }) };
}
