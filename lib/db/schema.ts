import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

import { certificateStatuses, webhookEventTypes, type WebhookEventType } from "../schemas/enums";

export { certificateStatuses, webhookEventTypes };
export type { CertificateStatus, WebhookEventType } from "../schemas/enums";

// One schema for PGlite and PostgreSQL. Every tenant-owned table carries organization_id, and every list index
// starts with it so a query scoped to one organization never scans another's rows.
//
// List indexes end in plain ascending (created_at, id), the keyset lib/server/paginate.ts orders by: a b-tree reads
// both ways, so one index serves `order by created_at desc, id desc` (backwards) and oldest first. Drizzle's
// `.desc()` writes DESC NULLS LAST, which matches neither order (`desc` means NULLS FIRST), and the planner then
// read and sorted every row of the organization for each page.

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const created = () => ts("created_at").notNull().defaultNow();
const updated = () => ts("updated_at").notNull().defaultNow();

export const organizations = pgTable("organizations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: created(),
});

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    email: text("email").notNull(),
    name: text("name"),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["admin", "reviewer", "viewer"] }).notNull(),
    createdAt: created(),
    disabledAt: ts("disabled_at"),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    name: text("name").notNull(),
    // Only a SHA-256 of the key is stored; the prefix lets people tell keys apart in lists.
    hash: text("hash").notNull(),
    prefix: text("prefix").notNull(),
    createdAt: created(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [uniqueIndex("api_keys_hash_key").on(t.hash), index("api_keys_org_idx").on(t.organizationId)],
);

export const insuranceRequirements = pgTable(
  "insurance_requirements",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    name: text("name").notNull(),
    description: text("description"),
    rules: jsonb("rules").notNull().$type<Record<string, unknown>>(),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: created(),
    updatedAt: updated(),
    deletedAt: ts("deleted_at"),
  },
  (t) => [
    index("insurance_requirements_list_idx").on(t.organizationId, t.createdAt, t.id),
    // Exactly one live default per organization, enforced by the database rather than by hope.
    uniqueIndex("insurance_requirements_one_default")
      .on(t.organizationId)
      .where(sql`${t.isDefault} and ${t.deletedAt} is null`),
  ],
);

export const entities = pgTable(
  "entities",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    name: text("name").notNull(),
    insuranceRequirementId: text("insurance_requirement_id").references(() => insuranceRequirements.id),
    createdAt: created(),
    updatedAt: updated(),
    deletedAt: ts("deleted_at"),
  },
  (t) => [index("entities_list_idx").on(t.organizationId, t.createdAt, t.id)],
);

export type Address = {
  line1?: string | null;
  line2?: string | null;
  locality?: string | null;
  region?: string | null;
  postalcode?: string | null;
  country?: string | null;
};

export const contractors = pgTable(
  "contractors",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    email: text("email").notNull(),
    firstName: text("first_name"),
    lastName: text("last_name"),
    companyName: text("company_name"),
    phone: text("phone"),
    address: jsonb("address").$type<Address>(),
    entityId: text("entity_id").references(() => entities.id),
    customMetadata: jsonb("custom_metadata").$type<Record<string, unknown>>(),
    createdAt: created(),
    updatedAt: updated(),
    deletedAt: ts("deleted_at"),
  },
  (t) => [
    index("contractors_list_idx").on(t.organizationId, t.createdAt, t.id),
    index("contractors_email_idx").on(t.organizationId, sql`lower(${t.email})`),
  ],
);


export const certificates = pgTable(
  "certificates",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    contractorId: text("contractor_id").notNull().references(() => contractors.id),
    filename: text("filename").notNull(),
    status: text("status", { enum: certificateStatuses }).notNull().default("pending"),
    storageKind: text("storage_kind", { enum: ["fs", "database"] }).notNull(),
    storageKey: text("storage_key").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    deniedReason: text("denied_reason"),
    deniedBy: text("denied_by"),
    attempts: integer("attempts").notNull().default(0),
    /** The client's `Idempotency-Key` for the upload, if it sent one: a retry with it returns this certificate. */
    idempotencyKey: text("idempotency_key"),
    createdAt: created(),
    updatedAt: updated(),
    deletedAt: ts("deleted_at"),
  },
  (t) => [
    uniqueIndex("certificates_idempotency_key")
      .on(t.organizationId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index("certificates_list_idx").on(t.organizationId, t.createdAt, t.id),
    index("certificates_contractor_idx").on(t.organizationId, t.contractorId, t.createdAt, t.id),
    // Only live rows: a list by status always leaves deleted certificates out.
    index("certificates_status_idx").on(t.organizationId, t.status, t.createdAt, t.id).where(sql`${t.deletedAt} is null`),
    // The review queue (flagged and error, oldest first): its own small index, since a multi-status filter cannot be
    // read in created_at order from the status index, and the queue is a sliver of a long history.
    index("certificates_review_queue_idx")
      .on(t.organizationId, t.createdAt, t.id)
      .where(sql`${t.status} in ('flagged', 'error') and ${t.deletedAt} is null`),
    // The recovery sweep looks for certificates that are not final yet.
    index("certificates_unfinished_idx")
      .on(t.updatedAt)
      .where(sql`${t.status} in ('pending', 'processing')`),
  ],
);

// Uploaded PDFs when STORAGE=database (the default on PostgreSQL, where web and workers may not share a disk).
export const certificateFiles = pgTable("certificate_files", {
  storageKey: text("storage_key").primaryKey(),
  data: bytea("data").notNull(),
  createdAt: created(),
});

export const reviewResults = pgTable(
  "review_results",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    certificateId: text("certificate_id").notNull().references(() => certificates.id),
    insuranceRequirementId: text("insurance_requirement_id").references(() => insuranceRequirements.id),
    status: text("status", { enum: certificateStatuses }).notNull(),
    shape: text("shape"),
    parsedCertificate: jsonb("parsed_certificate_json").notNull().$type<Record<string, unknown>>(),
    sources: jsonb("sources").$type<Record<string, unknown>>(),
    confidence: jsonb("confidence").$type<Record<string, number>>(),
    parseMs: integer("parse_ms"),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex("review_results_certificate_key").on(t.certificateId)],
);

export const auditResults = pgTable(
  "audit_results",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    reviewResultId: text("review_result_id").notNull().references(() => reviewResults.id),
    position: integer("position").notNull(),
    rulePath: text("rule_path"),
    ruleName: text("rule_name"),
    result: text("result", { enum: ["pass", "fail"] }),
    message: text("message"),
    manuallyApproved: boolean("manually_approved").notNull().default(false),
    approvedBy: text("approved_by"),
    approvedAt: ts("approved_at"),
    voided: boolean("voided").notNull().default(false),
    createdAt: created(),
  },
  (t) => [index("audit_results_review_idx").on(t.reviewResultId, t.position)],
);

export const events = pgTable(
  "events",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    type: text("type").notNull(),
    data: jsonb("data").notNull().$type<Record<string, unknown>>(),
    createdAt: created(),
  },
  (t) => [index("events_list_idx").on(t.organizationId, t.createdAt, t.id)],
);


export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    url: text("url").notNull(),
    description: text("description"),
    events: jsonb("events").notNull().$type<WebhookEventType[]>(),
    // Every delivery is signed with it, so it cannot be hashed away: it is sealed instead (`v1:…`, AES-256-GCM
    // under a key derived from the server secret, lib/webhooks/secret-box.ts). The API shows it once, when made.
    secret: text("secret").notNull(),
    // After a rotation the old secret (sealed the same way) still signs, beside the new one, until it expires.
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: ts("previous_secret_expires_at"),
    disabledAt: ts("disabled_at"),
    disabledReason: text("disabled_reason"),
    // Deliveries that exhausted every retry in a row; any successful attempt resets it. Reaching the limit disables
    // the endpoint (see lib/webhooks/config.ts).
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdAt: created(),
    updatedAt: updated(),
    deletedAt: ts("deleted_at"),
  },
  (t) => [index("webhook_endpoints_list_idx").on(t.organizationId, t.createdAt, t.id)],
);

export const webhookDeliveryStatuses = ["pending", "delivering", "succeeded", "failed"] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/**
 * The outbox: one row per (event, endpoint), inserted in the transaction that records the event. The dispatcher
 * claims due rows; `next_attempt_at` is when a pending row is due, and while a row is `delivering` it is the end of
 * the claimer's lease, so a crashed claimer's row becomes due again by the same index.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    eventId: text("event_id").notNull().references(() => events.id),
    endpointId: text("endpoint_id").notNull().references(() => webhookEndpoints.id),
    status: text("status", { enum: webhookDeliveryStatuses }).notNull().default("pending"),
    attemptCount: integer("attempt_count").notNull().default(0),
    nextAttemptAt: ts("next_attempt_at"),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    deliveredAt: ts("delivered_at"),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index("webhook_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'delivering')`),
    index("webhook_deliveries_endpoint_idx").on(t.organizationId, t.endpointId, t.createdAt, t.id),
    index("webhook_deliveries_event_idx").on(t.eventId),
  ],
);

/** Every HTTP attempt, kept for the delivery log: what the receiver answered, how fast, or why it failed. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    deliveryId: text("delivery_id").notNull().references(() => webhookDeliveries.id),
    attempt: integer("attempt").notNull(),
    statusCode: integer("status_code"),
    latencyMs: integer("latency_ms").notNull(),
    error: text("error"),
    createdAt: created(),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.attempt)],
);

/**
 * Who did what, for admins: every reviewer and admin action through the API (the dashboard included). Rows are only
 * ever inserted. `actor` is `user:<email>` or `api_key:<id>`, as review actions record it; `target_id` is the object
 * acted on (for rule approvals, the certificate).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    targetId: text("target_id"),
    details: jsonb("details").$type<Record<string, unknown>>(),
    ip: text("ip"),
    createdAt: created(),
  },
  (t) => [
    index("audit_log_list_idx").on(t.organizationId, t.createdAt, t.id),
    index("audit_log_actor_idx").on(t.organizationId, t.actor, t.createdAt, t.id),
    index("audit_log_target_idx").on(t.organizationId, t.targetId, t.createdAt, t.id),
  ],
);

/**
 * Failed sign-ins and bad API keys, counted per subject (an account's email, a client IP, a key prefix) so every
 * web process sees the same counts (lib/security/throttle.ts). Not tenant data: `key` is the scope and a hash of
 * the subject, so no email or address is kept here and a hostile subject cannot grow a row.
 */
export const authThrottles = pgTable(
  "auth_throttles",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    lastFailureAt: ts("last_failure_at").notNull(),
    blockedUntil: ts("blocked_until"),
  },
  (t) => [index("auth_throttles_last_failure_idx").on(t.lastFailureAt)],
);
