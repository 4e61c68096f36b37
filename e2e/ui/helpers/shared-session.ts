import fs from "node:fs";
import path from "node:path";
import type { TestOrg } from "../../support/org";

// The setup project signs one admin in and leaves the session and its organization here for the specs that use it.
export const AUTH_DIR = path.join(__dirname, "..", "..", ".auth");
export const ADMIN_STATE = path.join(AUTH_DIR, "admin.json");
const ADMIN_ORG = path.join(AUTH_DIR, "admin-org.json");

export function saveSharedOrg(org: TestOrg) {
  fs.mkdirSync(AUTH_DIR, { recursive: true });
  fs.writeFileSync(ADMIN_ORG, JSON.stringify(org));
}

export const sharedOrg = (): TestOrg => JSON.parse(fs.readFileSync(ADMIN_ORG, "utf8"));
