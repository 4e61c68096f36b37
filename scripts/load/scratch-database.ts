import { Client } from "pg";

/** A database name unique to this moment and process: `<prefix>_<ms>_<pid>`. */
export const scratchName = (prefix: string) => `${prefix}_${Date.now()}_${process.pid}`;

/** `serverUrl` (any database URL on the server) pointed at database `name`. */
export const databaseUrlOf = (serverUrl: string, name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrlOf(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Creates database `name` (letters, digits and `_`: it is written into the statement) on the server of `serverUrl`,
 * for a test or bench to migrate and fill; `drop` removes it, connections and all.
 */
export async function createScratchDatabase(serverUrl: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a scratch database name: ${name}`);
  await onServer(serverUrl, `create database ${name}`);
  return { url: databaseUrlOf(serverUrl, name), drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}
