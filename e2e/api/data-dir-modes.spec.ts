import fs from "node:fs";
import path from "node:path";
import { fillablePdf } from "../support/certificates";
import { expect, test } from "../support/fixtures";
import { serverByPort } from "../support/servers";

// Files at rest are the server's alone: another account on the host reads no certificate, database page or secret.
const mode = (p: string) => fs.statSync(p).mode & 0o777;

test("a freshly uploaded certificate is 0600 in 0700 directories, and so is everything else in DATA_DIR", async ({ api, baseURL }) => {
  const server = serverByPort(baseURL!)!;
  await api.createRequirement();
  const contractor = await api.createContractor();
  const cert = await api.uploadPdf(contractor.id, await fillablePdf());
  const dataDir = server.dataDir;
  expect(mode(dataDir)).toBe(0o700);
  expect(mode(path.join(dataDir, "auth-secret"))).toBe(0o600);
  // On PostgreSQL uploads are rows (STORAGE=database), so only the embedded server has files to look at.
  test.skip(server.name !== "pglite", "uploads are stored in the database on PostgreSQL");
  const file = path.join(dataDir, "files", api.org.organization.id, `${cert.id}.pdf`);
  expect(mode(file)).toBe(0o600);
  expect(mode(path.dirname(file))).toBe(0o700);
  expect(mode(path.join(dataDir, "files"))).toBe(0o700);
  // The embedded database's own files, written by PGlite, as well (the test's claims/ and test-orgs.json aside).
  const loose: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (mode(full) !== 0o700) loose.push(`${full} ${mode(full).toString(8)}`);
        walk(full);
      } else if (e.isFile() && mode(full) !== 0o600) loose.push(`${full} ${mode(full).toString(8)}`);
    }
  };
  walk(path.join(dataDir, "pglite"));
  expect(loose).toEqual([]);
});
