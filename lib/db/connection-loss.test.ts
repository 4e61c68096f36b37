import { afterAll, beforeAll, expect, it } from "vitest";
import { PgCluster } from "../../scripts/load/pg-cluster";

// PostgreSQL crash-restarting under a transaction that holds a pooled connection between two queries: the process
// must survive (pg-pool alone leaves that client without an 'error' listener), the transaction fail, and the next
// query succeed on a fresh connection. On a PostgreSQL server of the test's own, so the crash spares everything else.

let cluster: PgCluster;
let db: typeof import("./client");
let wait: typeof import("./wait-for-database");

beforeAll(async () => {
  cluster = await PgCluster.create();
  Object.assign(process.env, { DATABASE_URL: cluster.url, DB_STARTUP_TIMEOUT_SECONDS: "30" });
  db = await import("./client");
  wait = await import("./wait-for-database");
}, 60_000);

afterAll(async () => {
  try {
    await db?.closeDb();
  } finally {
    cluster?.stop();
  }
});

it("survives the server dying under an open transaction, and reconnects after it restarts", async () => {
  const drizzle = await db.getDb();
  const { sql } = await import("drizzle-orm");
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);
  process.on("uncaughtException", onUncaught);
  try {
    const tx = drizzle.transaction(async (t) => {
      await t.execute(sql`select 1`);
      // The connection stays checked out here while the server goes down and comes back.
      await cluster.restart("immediate", 500);
      await t.execute(sql`select 2`);
    });
    await expect(tx).rejects.toThrow();
    expect(uncaught).toEqual([]);
    const { rows } = await wait.whenDatabaseReady("the test", () => db.executeSql("select 42 as n"));
    expect(rows).toEqual([{ n: 42 }]);
  } finally {
    process.off("uncaughtException", onUncaught);
  }
}, 60_000);

it("whenDatabaseReady retries a step while the server is down, and succeeds once it is back", async () => {
  await cluster.down("fast");
  const restarting = new Promise((r) => setTimeout(r, 1000)).then(() => cluster.up());
  let attempts = 0;
  const { rows } = await wait.whenDatabaseReady("the test", () => {
    attempts++;
    return db.executeSql("select 7 as n");
  });
  await restarting;
  expect(rows).toEqual([{ n: 7 }]);
  expect(attempts).toBeGreaterThan(1);
}, 60_000);

it("tells an unreachable or restarting server from a real error", () => {
  expect(wait.isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5"), { code: "ECONNREFUSED" }))).toBe(true);
  expect(wait.isDatabaseUnavailable(new Error("Failed query", { cause: Object.assign(new Error("the database system is not yet accepting connections"), { code: "57P03" }) }))).toBe(true);
  expect(wait.isDatabaseUnavailable(Object.assign(new Error('relation "x" does not exist'), { code: "42P01" }))).toBe(false);
});
