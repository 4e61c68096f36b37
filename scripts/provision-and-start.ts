// Test server bootstrap: creates a pool of organizations (one per test file that asks), writes their keys to
// `<DATA_DIR>/test-orgs.json`, then runs `npm start`'s code in this same process. The embedded database allows one
// process, so organizations cannot be created by the CLI once the server runs.
import fs from "node:fs";
import path from "node:path";
import { closeDb } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { env } from "../lib/env";
import { createOrganization } from "../lib/server/organizations/create-organization";

const POOL = Number(process.env.TEST_ORG_POOL ?? 40);

async function main() {
  const { dataDir } = env();
  // Only the Playwright config sets this, for its own temporary directories: each run starts from nothing.
  if (process.env.TEST_FRESH_DATA_DIR === "1") fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  await migrateDatabase();
  const run = Date.now().toString(36);
  const orgs = [];
  for (let i = 0; i < POOL; i++) {
    orgs.push(
      await createOrganization({
        name: `Test Org ${run}-${i}`,
        adminEmail: `admin-${run}-${i}@test.coverdesk.dev`,
        adminPassword: "test-password-1",
      }),
    );
  }
  fs.writeFileSync(path.join(dataDir, "test-orgs.json"), JSON.stringify(orgs, null, 2));
  fs.rmSync(path.join(dataDir, "claims"), { recursive: true, force: true });
  await closeDb();
  await import("./start");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
