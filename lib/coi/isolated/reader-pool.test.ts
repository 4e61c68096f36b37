import { afterAll, describe, expect, it } from "vitest";
import { CertificateReadError } from "../errors";
import { flateBomb } from "../fuzz/bombs";
import { fuzzCase } from "../fuzz/corpus";
import { onePage, stream, writePdf } from "../fuzz/pdf-writer";
import { generateCertificatePdf, sampleCertificate } from "../generator";
import { readCertificate } from "../read-certificate";
import { ReaderPool } from "./reader-pool";

// The reader in threads: same results as in process, and a document that exhausts time or memory costs one thread.

const pools: ReaderPool[] = [];
const pool = (o: Partial<ConstructorParameters<typeof ReaderPool>[0]> = {}) => {
  const p = new ReaderPool({ size: 1, timeoutMs: 20_000, memoryMb: 256, ...o });
  pools.push(p);
  return p;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected the read to fail"); }, (e: unknown) => e);

describe("ReaderPool", () => {
  it("reads a certificate exactly as readCertificate does in process, and leaves the caller's bytes alone", async () => {
    const bytes = await generateCertificatePdf(sampleCertificate({ now: new Date("2025-01-15T12:00:00Z") }), { mode: "fillable" });
    const before = bytes.length;
    const { result, ms, memory } = await pool().read(bytes);
    expect(bytes.length).toBe(before);
    expect(result).toEqual(await readCertificate(bytes));
    expect(ms).toBeGreaterThan(0);
    expect(memory.heapMb).toBeGreaterThan(0);
  });

  it("passes the document's own errors through as CertificateReadError", async () => {
    const err = await failure(pool().read(new TextEncoder().encode("%PDF-1.7\nnot really")));
    expect(err).toBeInstanceOf(CertificateReadError);
    expect((err as CertificateReadError).code).toBe("invalid_pdf");
  });

  it("survives pdf.js's stray promise rejections on a damaged file (found by the fuzzer: they used to end the thread)", async () => {
    const truncated = await fuzzCase(1, 242);
    const err = await failure(pool().read(truncated.bytes));
    expect((err as CertificateReadError).code).toBe("invalid_pdf");
  });

  it("stops a decompression bomb at the memory limit, then reads the next document in a fresh thread", async () => {
    const p = pool({ memoryMb: 256 });
    const bomb = writePdf([...onePage("/Contents 4 0 R"), stream("/Filter /FlateDecode", await flateBomb(256))]);
    const err = await failure(p.read(bomb));
    expect((err as CertificateReadError).code).toBe("reader_out_of_memory");
    expect((err as Error).message).toMatch(/256 MB/);
    const again = await failure(p.read(new TextEncoder().encode("%PDF-1.7\nnot really")));
    expect((again as CertificateReadError).code).toBe("invalid_pdf");
  });

  it("stops a read that outlives the timeout, and the pool keeps serving", async () => {
    const p = pool({ timeoutMs: 1_500 });
    await p.warmUp();
    // A million nested graphics states: pdf.js spends far more than 1.5 s on them.
    const slow = writePdf([...onePage("/Contents 4 0 R"), stream("", "q ".repeat(1_000_000))]);
    const err = await failure(p.read(slow));
    expect((err as CertificateReadError).code).toBe("reader_timeout");
    expect((err as CertificateReadError).retryable).toBe(false);
    const blank = writePdf(onePage(""));
    const next = await failure(p.read(blank));
    expect((next as CertificateReadError).code).toBe("unreadable_certificate");
  });
});
