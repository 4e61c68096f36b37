import { z } from "zod";
import type { ErrorCode } from "../api/errors";
import { createApiKeySchema } from "../schemas/api-key";
import { denyCertificateSchema } from "../schemas/certificate";
import { createContractorSchema, updateContractorSchema } from "../schemas/contractor";
import { createEntitySchema, updateEntitySchema } from "../schemas/entity";
import { resendEventSchema } from "../schemas/event";
import { createInsuranceRequirementSchema, updateInsuranceRequirementSchema } from "../schemas/insurance-requirement";
import { createUserInputSchema, updateUserInputSchema } from "../schemas/user";
import { createWebhookEndpointSchema, rotateWebhookSecretSchema, updateWebhookEndpointSchema } from "../schemas/webhook-endpoint";
import type { ComponentName } from "./components";

// The route table the OpenAPI document is built from: one row per method of every app/api/v1 route file (the e2e
// spec fails when a route has no row). Shapes come from lib/schemas, the same zod the handlers parse with.

export type Operation = {
  method: "get" | "post" | "put" | "delete";
  path: string;
  tag: string;
  summary: string;
  body?: z.ZodType;
  /** Upload: multipart/form-data with `contractor` and the file in `certificate`. */
  multipart?: true;
  /** Adds `limit`, `starting_after`, `ending_before` and answers `{data, has_more}`. */
  list?: true;
  query?: Record<string, string>;
  /** Request headers beyond authentication, with their descriptions. */
  headers?: Record<string, string>;
  /** A component, `pdf`, `deleted` (`{id, deleted: true}`), or `resend` (the event's new deliveries). */
  response: ComponentName | "pdf" | "deleted" | "resend";
  status?: number;
  errors?: ErrorCode[];
  isPublic?: true;
};

const EXPAND = { "expand[]": "`review_results`, `review_results.full` or `review_results[full]`" };
const UPLOAD_ERRORS: ErrorCode[] = [
  "missing_contractor_id", "invalid_contractor_id", "missing_certificate", "invalid_file_type", "invalid_mime_type", "invalid_file_size", "no_insurance_requirement_found",
];

const IDEMPOTENCY_KEY =
  "Optional, up to 255 characters. A retry with the same key (same contractor, same file) returns the certificate the first request created, with `Idempotent-Replayed: true`, instead of creating another; the same key with a different upload is a 409 `conflict`.";

const crud = (tag: string, base: string, one: ComponentName, create: z.ZodType, update: z.ZodType, query: Record<string, string> = {}): Operation[] => [
  { method: "post", path: base, tag, summary: `Create ${tag.toLowerCase()}`, body: create, response: one, status: 201, errors: ["invalid_input"] },
  { method: "get", path: base, tag, summary: `List ${tag.toLowerCase()}, newest first`, list: true, query, response: one },
  { method: "get", path: `${base}/{id}`, tag, summary: `Retrieve one`, response: one, errors: ["resource_not_found"] },
  { method: "put", path: `${base}/{id}`, tag, summary: `Update the fields sent`, body: update, response: one, errors: ["invalid_input", "resource_not_found"] },
  { method: "delete", path: `${base}/{id}`, tag, summary: `Delete (soft)`, response: "deleted", errors: ["resource_not_found"] },
];

export const operations: Operation[] = [
  ...crud("Contractors", "/contractors", "Contractor", createContractorSchema, updateContractorSchema, {
    email: "Only the contractor with this email", search: "Name, company or email contains", ids: "Comma-separated `cn_` IDs", "expand[]": "`compliance`",
  }),
  ...crud("Entities", "/entities", "Entity", createEntitySchema, updateEntitySchema, { insurance_requirement: "Only entities using this `ir_`" }),
  ...crud("Insurance requirements", "/insurance_requirements", "InsuranceRequirement", createInsuranceRequirementSchema, updateInsuranceRequirementSchema, {
    is_default: "`true`: only the default",
  }),
  ...crud("Webhook endpoints", "/webhook_endpoints", "WebhookEndpoint", createWebhookEndpointSchema, updateWebhookEndpointSchema),
  { method: "post", path: "/webhook_endpoints/{id}/rotate_secret", tag: "Webhook endpoints", summary: "New signing secret, shown in this response only; the old one keeps signing beside it (two `v1,` signatures in `webhook-signature`) for `expires_in_hours` (default 24, 0 = at once)", body: rotateWebhookSecretSchema, response: "WebhookEndpoint", errors: ["invalid_input", "resource_not_found"] },
  { method: "get", path: "/webhook_endpoints/{id}/deliveries", tag: "Webhook endpoints", summary: "Delivery log with every attempt", list: true, query: { event: "`evt_` ID", status: "`pending`, `succeeded` or `failed`" }, response: "WebhookDelivery", errors: ["resource_not_found"] },

  { method: "post", path: "/files/certificates", tag: "Certificates", summary: "Upload a certificate of insurance (PDF)", multipart: true, headers: { "Idempotency-Key": IDEMPOTENCY_KEY }, response: "Certificate", status: 201, errors: [...UPLOAD_ERRORS, "conflict"] },
  { method: "get", path: "/files/certificates", tag: "Certificates", summary: "List certificates, newest first", list: true, query: { contractor: "`cn_` ID", status: "Comma-separated statuses", order: "`asc` for oldest first", ...EXPAND }, response: "Certificate" },
  { method: "get", path: "/files/certificates/{id}", tag: "Certificates", summary: "Retrieve a certificate", query: EXPAND, response: "Certificate", errors: ["resource_not_found"] },
  { method: "delete", path: "/files/certificates/{id}", tag: "Certificates", summary: "Delete (soft): hidden from now on, kept on file", response: "deleted", errors: ["resource_not_found"] },
  { method: "get", path: "/files/certificates/{id}/pdf", tag: "Certificates", summary: "The stored PDF", response: "pdf", errors: ["resource_not_found"] },
  { method: "post", path: "/files/certificates/{id}/audit_results/{auditResultId}/approve", tag: "Review", summary: "Manually approve a failed rule (`car_` ID)", response: "Certificate", errors: ["invalid_input", "resource_not_found"] },
  { method: "post", path: "/files/certificates/{id}/audit_results/{auditResultId}/unapprove", tag: "Review", summary: "Take a manual approval back", response: "Certificate", errors: ["invalid_input", "resource_not_found"] },
  { method: "post", path: "/files/certificates/{id}/deny", tag: "Review", summary: "Deny the certificate, with an optional reason", body: denyCertificateSchema, response: "Certificate", errors: ["invalid_input", "resource_not_found"] },
  { method: "get", path: "/certificate_stats", tag: "Certificates", summary: "Counts by status, expiring policies, uploads per week", response: "CertificateStats" },

  { method: "get", path: "/events", tag: "Events", summary: "Every event, newest first", list: true, query: { type: "`certificate.approved`, `certificate.flagged` or `certificate.denied`" }, response: "Event" },
  { method: "get", path: "/events/{id}", tag: "Events", summary: "Retrieve an event as it was delivered", response: "Event", errors: ["resource_not_found"] },
  { method: "post", path: "/events/{id}/resend", tag: "Events", summary: "Queue the event again (admins): to every endpoint subscribed to its type, or to `endpoint` if it is subscribed (409 otherwise)", body: resendEventSchema, response: "resend", errors: ["invalid_input", "resource_not_found", "conflict", "forbidden"] },

  { method: "post", path: "/api_keys", tag: "API keys", summary: "Create a key; only this response shows `secret`", body: createApiKeySchema, response: "CreatedApiKey", status: 201, errors: ["invalid_input"] },
  { method: "get", path: "/api_keys", tag: "API keys", summary: "List keys, revoked ones included", list: true, response: "ApiKey" },
  { method: "delete", path: "/api_keys/{id}", tag: "API keys", summary: "Revoke a key at once", response: "ApiKey", errors: ["resource_not_found"] },

  { method: "post", path: "/users", tag: "Users", summary: "Add a dashboard user", body: createUserInputSchema, response: "User", status: 201, errors: ["invalid_input", "conflict"] },
  { method: "get", path: "/users", tag: "Users", summary: "List dashboard users", list: true, response: "User" },
  { method: "get", path: "/users/{id}", tag: "Users", summary: "Retrieve a user", response: "User", errors: ["resource_not_found"] },
  { method: "put", path: "/users/{id}", tag: "Users", summary: "Change a user's role or name", body: updateUserInputSchema, response: "User", errors: ["invalid_input", "resource_not_found", "conflict"] },
  { method: "delete", path: "/users/{id}", tag: "Users", summary: "Disable a user", response: "User", errors: ["resource_not_found", "conflict"] },

  { method: "get", path: "/audit_log", tag: "Audit log", summary: "Every reviewer and admin action, newest first (admins only)", list: true, query: { actor: "`user:<email>` or `api_key:<id>`", target: "The object's ID" }, response: "AuditLogEntry" },
  { method: "get", path: "/openapi.json", tag: "Meta", summary: "This document", response: "OpenApiDocument", isPublic: true },
];
