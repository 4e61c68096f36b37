// `npm run bench:load`: the production shape under load, on loopback. A fresh PostgreSQL database (on
// LOAD_DATABASE_URL's server, default the local one), `npm start` with WORKER=off, two `npm run worker` processes,
// LOAD_UPLOADS uploads (default 10,000) by LOAD_CLIENTS concurrent clients (default 50), background GETs at
// LOAD_READS_PER_SECOND (default 50). Prints latency percentiles and checks that nothing was lost or duplicated.
import os from "node:os";
import { drive } from "./load/drive";
import { formatDrive } from "./load/report";
import { createScratchDatabase, scratchName } from "./load/scratch-database";
import { Stack } from "./load/stack";

async function main() {
  const total = Number(process.env.LOAD_UPLOADS ?? 10_000);
  const clients = Number(process.env.LOAD_CLIENTS ?? 50);
  const readsPerSecond = Number(process.env.LOAD_READS_PER_SECOND ?? 50);
  const workers = Number(process.env.LOAD_WORKERS ?? 2);
  const server = process.env.LOAD_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const db = await createScratchDatabase(server, scratchName("coverdesk_load"));
  const stack = new Stack({ databaseUrl: db.url, port: Number(process.env.LOAD_PORT ?? 3198), workers });
  console.log(`Coverdesk load — ${os.cpus().length} cores, Node ${process.version}; PostgreSQL ${new URL(server).host}, web (WORKER=off) + ${workers} worker processes`);
  try {
    const org = await stack.createOrganization("Load");
    await stack.start();
    const result = await drive({
      base: stack.base,
      secretKey: org.secretKey,
      total,
      clients,
      readsPerSecond,
      settleTimeoutMs: 600_000,
      verifyFiles: Math.min(total, 1000),
      log: (l) => console.log(l),
    });
    console.log(formatDrive(`\n${total} uploads by ${clients} concurrent clients, ${readsPerSecond} background GETs/s`, result));
    if (result.problems.length) process.exitCode = 1;
  } catch (err) {
    console.error(err, "\n", stack.logs());
    process.exitCode = 1;
  } finally {
    await stack.stop();
    await db.drop();
  }
}

void main();
