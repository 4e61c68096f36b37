import type { ApiClient } from "../../support/fixtures";
import { PASSWORD } from "./sign-in";

/** A dashboard user of the org, created through the users API with the org's key. */
export async function createUser(api: ApiClient, role: "admin" | "reviewer" | "viewer") {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@test.coverdesk.dev`;
  return api.json(api.post("/users", { email, password: PASSWORD, role, name: `Test ${role}` }), 201);
}
