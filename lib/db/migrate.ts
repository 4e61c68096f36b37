import path from "node:path";
import { getDb, getHandle } from "./client";

const MIGRATIONS = path.join(process.cwd(), "drizzle");
// Arbitrary constant: several processes (web, workers, the CLI) may start together on one PostgreSQL.
const MIGRATION_LOCK = 4_172_021;

/** Brings the database schema up to date. Safe to call from several processes at once. */
export async function migrateDatabase(): Promise<void> {
  const handle = await getHandle();
  const db = await getDb();
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder: MIGRATIONS });
    return;
  }
  const client = await handle.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
