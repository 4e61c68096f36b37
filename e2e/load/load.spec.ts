import { expect, test } from "@playwright/test";
import { drive } from "../../scripts/load/drive";
import { formatDrive } from "../../scripts/load/report";
import { createScratchDatabase, scratchName } from "../../scripts/load/scratch-database";
import { Stack } from "../../scripts/load/stack";

// The CI-sized version of `npm run bench:load`: 500 uploads by 50 concurrent clients against the production shape
// (web with WORKER=off and two standalone workers, PostgreSQL), with background reads. Nothing may be lost,
// duplicated, left unfinished, misread or undelivered.
test("500 uploads by 50 clients: every certificate final once, with its own status, file and event", async () => {
  test.setTimeout(300_000);
  test.skip(!process.env.TEST_DATABASE_URL, "needs a PostgreSQL server (TEST_DATABASE_URL)");
  const db = await createScratchDatabase(process.env.TEST_DATABASE_URL!, scratchName("coverdesk_ci_load"));
  const stack = new Stack({ databaseUrl: db.url, port: Number(process.env.TEST_LOAD_PORT ?? 3114), workers: 2 });
  try {
    const org = await stack.createOrganization("CI load");
    await stack.start();
    const result = await drive({ base: stack.base, secretKey: org.secretKey, total: 500, clients: 50, readsPerSecond: 50, settleTimeoutMs: 120_000, verifyFiles: true });
    console.log(formatDrive("500 uploads by 50 concurrent clients, 50 background GETs/s (CI)", result));
    expect(result.problems, stack.logs()).toEqual([]);
    expect(result.acknowledged.size).toBe(500);
    expect(result.unacknowledged).toEqual([]);
    expect(result.statuses).toEqual({ approved: 250, flagged: 250 });
    expect(result.events).toMatchObject({ recorded: 500, delivered: 500, badSignatures: 0 });
    expect(result.readErrors).toBe(0);
  } finally {
    await stack.stop();
    await db.drop();
  }
});
