import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import { env } from "../env";
import { PRIVATE_DIR_MODE, restrictDataDir, restrictTree } from "../storage/private-files";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Handle =
  | { kind: "pglite"; client: PGlite; close: () => Promise<void> }
  | { kind: "pg"; pool: Pool; close: () => Promise<void> };

// The connection lives on globalThis: the tsx server script and Next's bundled route handlers load this module
// twice, and PGlite allows a single instance per data directory (a second one would corrupt it).
type Global = { __coverdeskDb?: Promise<Handle>; __coverdeskDrizzle?: Map<Handle, Db> };
const g = globalThis as unknown as Global;

async function openHandle(): Promise<Handle> {
  const { DATABASE_URL, dataDir } = env();
  if (DATABASE_URL) {
    const { Pool } = await import("pg");
    const pool = new Pool({ connectionString: DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
    // An idle client losing its server (PostgreSQL restart) must not crash the process.
    pool.on("error", (err) => console.error("[db] idle client error:", err.message));
    // pg-pool listens for errors only on idle clients: a checked-out one (in a transaction, between two queries)
    // whose server goes away would emit an unhandled 'error' and end the process. Its next query fails instead.
    pool.on("connect", (client) => client.on("error", (err) => console.error("[db] connection lost:", err.message)));
    return { kind: "pg", pool, close: () => pool.end() };
  }
  const dir = path.join(dataDir, "pglite");
  // Every process that opens the embedded database (server, CLI) makes DATA_DIR private first.
  restrictDataDir(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const releaseLock = claimDataDir(dataDir);
  const { PGlite } = await import("@electric-sql/pglite");
  const client = await PGlite.create(dir);
  restrictTree(dir);
  return {
    kind: "pglite",
    client,
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

export function getHandle(): Promise<Handle> {
  g.__coverdeskDb ??= openHandle().catch((err) => {
    g.__coverdeskDb = undefined;
    throw err;
  });
  return g.__coverdeskDb;
}

export async function getDb(): Promise<Db> {
  const handle = await getHandle();
  g.__coverdeskDrizzle ??= new Map();
  let db = g.__coverdeskDrizzle.get(handle);
  if (!db) {
    if (handle.kind === "pg") {
      const { drizzle } = await import("drizzle-orm/node-postgres");
      db = drizzle(handle.pool, { schema }) as unknown as Db;
    } else {
      const { drizzle } = await import("drizzle-orm/pglite");
      db = drizzle(handle.client, { schema }) as unknown as Db;
    }
    g.__coverdeskDrizzle.set(handle, db);
  }
  return db;
}

/** Runs raw SQL with positional parameters on whichever engine is configured (pg-boss needs this). */
export async function executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
  const handle = await getHandle();
  if (handle.kind === "pg") return handle.pool.query(text, values as unknown[]);
  if (values && values.length > 0) return handle.client.query(text, values);
  // Multi-statement text (pg-boss migrations) only runs through exec; return the last statement's rows.
  const results = await handle.client.exec(text);
  return { rows: results.at(-1)?.rows ?? [] };
}

export async function closeDb(): Promise<void> {
  const pending = g.__coverdeskDb;
  if (!pending) return;
  g.__coverdeskDb = undefined;
  g.__coverdeskDrizzle = undefined;
  const handle = await pending.catch(() => undefined);
  await handle?.close();
}

/**
 * PGlite is single-process: two processes opening one data directory would corrupt it. A pid file turns that
 * mistake (say, the CLI while `npm start` runs) into a clear error.
 */
function claimDataDir(dataDir: string): () => void {
  const lock = path.join(dataDir, "pglite.pid");
  try {
    const holder = Number(fs.readFileSync(lock, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder} (is \`npm start\` running?). ` +
          "Stop it first, or run against PostgreSQL with DATABASE_URL.",
      );
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.writeFileSync(lock, String(process.pid), { mode: 0o600 });
  return () => {
    try {
      if (fs.readFileSync(lock, "utf8") === String(process.pid)) fs.unlinkSync(lock);
    } catch {
      // already gone
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
