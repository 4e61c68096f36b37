import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCertificate } from "../../read-certificate";
import { judgedOutcomes, realTruth } from "../../real-truth";
import { REAL_CERTIFICATES, sharedFile, sharedMissing } from "../../shared-data";

// A real non-ACORD certificate kept outside the repository (../shared): a table with ISO dates, one insurer with
// no letter, "Each Occurrence"/"Aggregate" columns, "Statutory" workers compensation, a blank signature line.
// Every field its truth judges must be read right.

const FILE = "pulsio-2";
const PDF = `${REAL_CERTIFICATES}/${FILE}.pdf`;
const missing = sharedMissing(PDF) ?? sharedMissing(`${REAL_CERTIFICATES}/truth.json`);
if (missing) console.log(`${FILE}: ${missing}`);

describe.skipIf(missing !== null)(`real certificate ${FILE}`, () => {
  it("reads every field its truth judges", async () => {
    const read = await readCertificate(new Uint8Array(readFileSync(sharedFile(PDF)!)));
    expect(read.shape).toBe("other");
    const outcomes = judgedOutcomes(read.parsed, realTruth(FILE)!);
    expect(outcomes.length).toBeGreaterThan(20);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    // The auto row's amount under "Each Occurrence" is not judged: it may be read, but never as certain.
    const csl = read.confidence["coverages.automobile_liability.limits.combined_single_limit_dollars"];
    if (csl !== undefined) expect(csl).toBeLessThan(0.9);
  });
});
