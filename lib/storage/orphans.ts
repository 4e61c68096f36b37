import fs from "node:fs/promises";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { getDb } from "../db/client";
import { certificates } from "../db/schema";
import { env } from "../env";

const GRACE_MS = () => Number(process.env.ORPHAN_GRACE_SECONDS ?? 600) * 1000;

/**
 * Files on disk whose certificate row never committed: the process died between the durable write and the insert
 * (or a half-written `.tmp`). Older than the grace period and with no row, they are removed. Database storage needs
 * no sweep: its bytes commit in the row's own transaction.
 */
export async function sweepOrphanedFiles(now = Date.now()): Promise<number> {
  const root = path.join(env().dataDir, "files");
  const orgs = await fs.readdir(root).catch(() => [] as string[]);
  const db = await getDb();
  let removed = 0;
  for (const org of orgs) {
    const dir = path.join(root, org);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const old: string[] = [];
    for (const name of names) {
      const stat = await fs.stat(path.join(dir, name)).catch(() => undefined);
      if (stat?.isFile() && now - stat.mtimeMs > GRACE_MS()) old.push(name);
    }
    for (let i = 0; i < old.length; i += 500) {
      const batch = old.slice(i, i + 500);
      const keys = batch.filter((n) => n.endsWith(".pdf")).map((n) => `${org}/${n}`);
      const known = new Set(
        keys.length
          ? (await db.select({ key: certificates.storageKey }).from(certificates).where(inArray(certificates.storageKey, keys))).map((r) => r.key)
          : [],
      );
      for (const name of batch) {
        if (known.has(`${org}/${name}`)) continue;
        await fs.rm(path.join(dir, name), { force: true });
        removed++;
      }
    }
  }
  if (removed) console.warn(`[storage] removed ${removed} orphaned file(s) with no certificate`);
  return removed;
}
