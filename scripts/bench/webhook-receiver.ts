import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { Webhook } from "standardwebhooks";

/**
 * A loopback receiver that verifies every signature and counts each webhook-id, as a careful customer would.
 * `onEvent` sees each correctly signed event (parsed), as it arrives.
 */
export async function startCountingReceiver(onEvent?: (event: { data?: { object?: { id?: string } } }) => void) {
  const counts = new Map<string, number>();
  const state = { secret: "", badSignatures: 0, firstAt: 0, lastAt: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      try {
        new Webhook(state.secret).verify(body, req.headers as Record<string, string>);
      } catch {
        state.badSignatures++;
        res.writeHead(400).end();
        return;
      }
      const id = String(req.headers["webhook-id"]);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      state.lastAt = performance.now();
      state.firstAt ||= state.lastAt;
      onEvent?.(JSON.parse(body));
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return {
    url,
    counts,
    state,
    async waitFor(n: number, timeoutMs: number) {
      const deadline = Date.now() + timeoutMs;
      while (counts.size < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    },
    /** Distinct ids, duplicates (deliveries beyond the first), and ids of `expected` never received. */
    tally(expected: Iterable<string>) {
      const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
      const missing = [...expected].filter((id) => !counts.has(id)).length;
      return { distinct: counts.size, duplicates, missing, badSignatures: state.badSignatures };
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
