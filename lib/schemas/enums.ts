// The enumerations shared by the database schema, the API's zod shapes and the dashboard's client components.
// Kept free of imports so the browser bundle never pulls in drizzle through them.

export const certificateStatuses = ["pending", "processing", "approved", "flagged", "denied", "error"] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

export const webhookEventTypes = ["certificate.approved", "certificate.flagged", "certificate.denied"] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
