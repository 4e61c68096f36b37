import { errorChain } from "./errors";

// Errors that mean "the server is not there yet" (refused, restarting, in recovery), not "something is wrong".
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);

const UNAVAILABLE_MESSAGE = /Connection terminated|not yet accepting connections|the database system is (starting up|shutting down|in recovery)/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  return [...errorChain(err)].some((e) => (e.code && UNAVAILABLE_CODES.has(e.code)) || (e.message && UNAVAILABLE_MESSAGE.test(e.message)));
}

/**
 * Runs `step` (say, migrating), retrying it while PostgreSQL is unreachable or restarting, for up to
 * DB_STARTUP_TIMEOUT_SECONDS (default 60). A worker started during a database restart waits instead of exiting.
 */
export async function whenDatabaseReady<T>(what: string, step: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + Number(process.env.DB_STARTUP_TIMEOUT_SECONDS ?? 60) * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (!isDatabaseUnavailable(err) || Date.now() > deadline) throw err;
      if (attempt === 1) console.warn(`[db] database unavailable (${(err as Error).message}); ${what} waits for it`);
      await new Promise((r) => setTimeout(r, Math.min(2000, 200 * attempt)));
    }
  }
}
