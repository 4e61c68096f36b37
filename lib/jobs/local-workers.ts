import type PgBoss from "pg-boss";

// Worker ids registered in this process, by queue: pg-boss polls every 0.5 s at best, and a local nudge takes the
// in-process worker's latency from "next poll" to "now".
type Global = { __coverdeskWorkers?: Map<string, string[]> };
const g = globalThis as unknown as Global;

export function registerLocalWorker(queue: string, workerId: string) {
  g.__coverdeskWorkers ??= new Map();
  g.__coverdeskWorkers.set(queue, [...(g.__coverdeskWorkers.get(queue) ?? []), workerId]);
}

export function clearLocalWorkers() {
  g.__coverdeskWorkers = undefined;
}

export function wakeLocalWorkers(boss: PgBoss, queue: string) {
  for (const id of g.__coverdeskWorkers?.get(queue) ?? []) boss.notifyWorker(id);
}
