import { certificatesClient } from "./certificates";
import { contractorsClient } from "./contractors";
import { createTransport, type TransportOptions } from "./core";
import { apiKeysClient, auditLogClient, entitiesClient, requirementsClient, usersClient } from "./settings";
import { webhooksClient } from "./webhooks";

export { ApiClientError } from "./core";
export type { ListPage } from "./core";

/** The typed client for Coverdesk's REST API: what the dashboard's server side uses, as any customer would. */
export function createApiClient(options: TransportOptions) {
  const t = createTransport(options);
  return {
    contractors: contractorsClient(t),
    certificates: certificatesClient(t),
    requirements: requirementsClient(t),
    entities: entitiesClient(t),
    apiKeys: apiKeysClient(t),
    users: usersClient(t),
    webhooks: webhooksClient(t),
    auditLog: auditLogClient(t),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
