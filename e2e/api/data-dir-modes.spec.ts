import fs from "node:fs";
import path from "node:path";
import { fillablePdf } from "../support/certificates";
import { expect, test } from "../support/fixtures";
import { serverByPort } from "../support/servers";

// Files at rest are the server's alone: another account on the host reads no certificate, database page or secret.
const mode = (p: string) => fs.statSync(p).mode & 0o777;

/** Every directory under `root` whose mode is not 0700 (the test's own claims/ aside). */
function looseDirectories(root: string): string[] {
  const loose: string[] = [];
  for (const e of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, e.name);
    if (!e.isDirectory() || full.endsWith(`${path.sep}claims`)) continue;
    if (mode(full) !== 0o700) loose.push(`${full} ${mode(full).toString(8)}`);
    loose.push(...looseDirectories(full));
  }
  return loose;
}

test("a freshly uploaded certificate is 0600 in 0700 directories, and every directory in DATA_DIR is 0700", async ({ api, baseURL }) => {
  const server = serverByPort(baseURL!)!;
  await api.createRequirement();
  const contractor = await api.createContractor();
  const cert = await api.uploadPdf(contractor.id, await fillablePdf());
  const dataDir = server.dataDir;
  expect(mode(dataDir)).toBe(0o700);
  expect(mode(path.join(dataDir, "auth-secret"))).toBe(0o600);
  // No other account can enter any directory, so no file below is readable to it, whatever its own mode.
  expect(looseDirectories(dataDir)).toEqual([]);
  // On PostgreSQL uploads are rows (STORAGE=database), so only the embedded server has files to look at.
  test.skip(server.name !== "pglite", "uploads are stored in the database on PostgreSQL");
  const file = path.join(dataDir, "files", api.org.organization.id, `${cert.id}.pdf`);
  expect(mode(file)).toBe(0o600);
  expect(mode(path.dirname(file))).toBe(0o700);
  // The embedded database's files as PGlite laid them out at start: tightened from its 0666.
  for (const f of ["PG_VERSION", "pg_hba.conf", "global/pg_control"]) expect([f, mode(path.join(dataDir, "pglite", f))]).toEqual([f, 0o600]);
});
