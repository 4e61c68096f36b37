import { afterAll, expect, it } from "vitest";
import { ReaderPool } from "../isolated/reader-pool";
import { FUZZ_KINDS } from "./corpus";
import { MUTATIONS } from "./mutations";
import { runFuzz } from "./run-fuzz";

// The CI-sized fuzz run (`npm run fuzz` runs 2,000): every kind of damaged and hostile PDF, through the isolated
// reader with a short timeout. Any crash, hang or exception other than CertificateReadError fails it.

const pool = new ReaderPool({ size: 2, timeoutMs: 3_000, memoryMb: 256 });
afterAll(() => pool.close());

it("300 malformed, truncated, nested, bomb and script-bearing PDFs: each read or refused with a reason", async () => {
  const report = await runFuzz({ pool, seed: 7, cases: 300, timeoutMs: 3_000 });
  expect(report.failures).toEqual([]);
  expect(Object.keys(report.byKind).sort()).toEqual([...FUZZ_KINDS].sort());
  // Hostile structures are not certificates: nothing in them may come out as a reading.
  const mutated = new Set<string>([...Object.keys(MUTATIONS), "intact"]);
  for (const [kind, outcomes] of Object.entries(report.byKind)) {
    if (!mutated.has(kind)) expect(Object.keys(outcomes).filter((o) => o.startsWith("read:")), kind).toEqual([]);
  }
  expect(report.outcomes["error:reader_timeout"] ?? 0).toBeGreaterThan(0);
}, 300_000);
