import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// For unit tests that need the real embedded database (PGlite) in a directory of their own. Call it at the top of
// the test file, before anything imports the database modules: it sets DATA_DIR (and the test's other settings) in
// the environment those modules read when they are first loaded, which is why they are imported here lazily.

export function embeddedTestDatabase(name: string, env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `coverdesk-${name}-test-`));
  Object.assign(process.env, { DATA_DIR: dataDir, DATABASE_URL: "", ...env });
  return {
    dataDir,
    /** Opens the database with every migration applied; returns the client module. */
    async migrate(): Promise<typeof import("./client")> {
      const db = await import("./client");
      await (await import("./migrate")).migrateDatabase();
      return db;
    },
    /** Closes the database and deletes its directory. */
    async remove(): Promise<void> {
      await (await import("./client")).closeDb();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
