import fs from "node:fs";
import path from "node:path";
import type { TestServer } from "./servers";

export type TestOrg = {
  organization: { id: string; name: string };
  secret_key: string;
  admin: { email: string };
};

/**
 * Claims an unused organization from the pool the test server created at start. `mkdir` is atomic, so parallel
 * workers never share one: every test file works in an organization of its own.
 */
export function claimOrg(server: TestServer): TestOrg {
  const orgs = JSON.parse(fs.readFileSync(path.join(server.dataDir, "test-orgs.json"), "utf8")) as TestOrg[];
  const claims = path.join(server.dataDir, "claims");
  fs.mkdirSync(claims, { recursive: true });
  for (let i = 0; i < orgs.length; i++) {
    try {
      fs.mkdirSync(path.join(claims, String(i)));
      return orgs[i];
    } catch {
      // taken
    }
  }
  throw new Error(`All ${orgs.length} test organizations are taken; raise TEST_ORG_POOL.`);
}
