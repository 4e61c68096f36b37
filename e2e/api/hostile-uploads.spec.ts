import { mulberry32 } from "../../lib/coi/generator/print-random";
import { HOSTILE, type HostileKind } from "../../lib/coi/fuzz/hostile";
import { fillablePdf } from "../support/certificates";
import { expect, test } from "../support/fixtures";

// The nastiest fuzz cases uploaded over HTTP: each certificate ends in `error` with a message (a thread of the reader
// pays for it, not the server), while the server keeps answering and a good certificate uploaded alongside is read.

const NASTY: HostileKind[] = ["contentBomb", "fontBomb", "deepArrays", "deepDicts", "javascript", "hugeImage", "slowGraphicsStates", "widePageTree"];

test("bombs, deep nesting, JavaScript and huge images end in error while the server keeps serving", async ({ api, request }) => {
  // main reads for up to READER_TIMEOUT_MS (100 s since OCR) before giving up on the slowest of these.
  test.setTimeout(300_000);
  await api.createRequirement();
  const contractor = await api.createContractor();
  const uploads = [];
  for (const kind of NASTY) {
    const bytes = await HOSTILE[kind](mulberry32(kind.length));
    uploads.push({ kind, cert: await api.uploadPdf(contractor.id, bytes, `${kind}.pdf`) });
  }
  const good = await api.uploadPdf(contractor.id, await fillablePdf(), "good.pdf");

  // While the reader threads chew on them, the API keeps answering (how fast is `npm run bench:load`'s business: a
  // shared CI machine can be slow, so no time is asserted here).
  for (const { kind, cert } of uploads) {
    expect((await request.get("/api/health")).status()).toBe(200);
    await api.json(api.get(`/contractors/${contractor.id}`), 200);
    const final = await api.waitFinal(cert.id, 150_000);
    expect(final.status, kind).toBe("error");
    expect(final.error.code, kind).toMatch(/^[a-z_]+$/);
    expect(final.error.message.length, kind).toBeGreaterThan(20);
    expect(final.review_results, kind).toBeNull();
  }
  expect(["approved", "flagged"]).toContain((await api.waitFinal(good.id, 60_000)).status);
  expect((await request.get("/api/health")).status()).toBe(200);
});
