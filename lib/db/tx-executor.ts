import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "./client";

/**
 * pg-boss's executor interface (`executeSql(text, values)`) over a drizzle transaction, so a job can be inserted in
 * the same transaction as the row it is about: both commit or neither does. Positional `$n` parameters become
 * drizzle params (sql.param, not a bare value: drizzle would expand an array into a list).
 */
export function txExecutor(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []): Promise<{ rows: unknown[] }> {
      const chunks: SQL[] = text.split(/\$(\d+)/).map((part, i) => (i % 2 === 1 ? sql`${sql.param(values[Number(part) - 1])}` : sql.raw(part)));
      const result = (await tx.execute(sql.join(chunks))) as unknown as { rows: unknown[] };
      return { rows: result.rows };
    },
  };
}
