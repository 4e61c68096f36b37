import fs from "node:fs";
import path from "node:path";
import { mintSessionToken } from "../../lib/auth/session-token";
import type { Json } from "./fixtures";
import { serverByPort } from "./servers";

/** The dashboard's session token for one of the org's users, minted as the dashboard does (the test server's secret). */
export function userAuth(baseURL: string, org: string, user: Json) {
  const secret = fs.readFileSync(path.join(serverByPort(baseURL)!.dataDir, "auth-secret"), "utf8").trim();
  return { Authorization: `Bearer ${mintSessionToken({ org, uid: user.id, email: user.email, role: user.role, secret })}` };
}
