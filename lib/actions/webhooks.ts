"use server";

import type { CreateWebhookEndpointBody } from "../api-client/webhooks";
import { runAction } from "./run-action";

export async function listWebhookEndpointsAction() {
  return runAction(async (api) => (await api.webhooks.list({ limit: 100 })).data);
}

export async function createWebhookEndpointAction(body: CreateWebhookEndpointBody) {
  return runAction((api) => api.webhooks.create(body));
}

export async function deleteWebhookEndpointAction(id: string) {
  return runAction((api) => api.webhooks.remove(id));
}

export async function listWebhookDeliveriesAction(id: string) {
  return runAction(async (api) => (await api.webhooks.deliveries(id, { limit: 20 })).data);
}

export async function enableWebhookEndpointAction(id: string) {
  return runAction((api) => api.webhooks.enable(id));
}
