import { PDFDocument, PDFTextField } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { parsedCertificateSchema } from "../../parsed-certificate";
import { formatAmount, formatDate } from "../description";
import { buildRealEntry } from "./build";
import { REAL_SHAPE_NAMES, realEntries, type BuiltReal } from "./corpus";
import { BLANKS_MISSING, squash, squashedText } from "./test-support";

// The corpus as the bench uses it: every shape's truth is what its PDF shows a person, and the same seed always
// builds the same document.

/** The truth's values as the certificate prints them (dates and amounts in the certificate's own formats). */
function printedValues(b: BuiltReal): [path: string, text: string][] {
  const { truth: t, desc } = b;
  const out: [string, string][] = [];
  const put = (path: string, v: string | null | undefined) => v && out.push([path, v]);
  const date = (path: string, v: string | null) => put(path, v && formatDate(v, desc.format.date));
  put("certificate_number", t.certificate_number);
  date("certificate_date", t.certificate_date);
  for (const [who, party] of [["producer", t.producer], ["insured", t.insured], ["certificate_holder", t.certificate_holder]] as const) {
    put(`${who}.name`, party.name);
    for (const [k, v] of Object.entries(party.address)) put(`${who}.address.${k}`, v);
  }
  put("producer.contact_name", t.producer.contact_name);
  put("producer.email", t.producer.email);
  t.insurers.forEach((i, n) => (put(`insurers.${n}.name`, i.name), put(`insurers.${n}.naic`, i.naic)));
  for (const [key, c] of Object.entries(t.coverages)) {
    if (!c || Array.isArray(c)) continue;
    put(`coverages.${key}.policy_number_string`, c.policy_number_string);
    date(`coverages.${key}.policy_effective_date`, c.policy_effective_date);
    date(`coverages.${key}.policy_expiration_date`, c.policy_expiration_date);
    for (const [limit, v] of Object.entries(c.limits)) put(`coverages.${key}.limits.${limit}`, v === null ? null : formatAmount(v, desc.format.amount));
  }
  put("authorized_representative", t.authorized_representative);
  t.description_of_operations.additional_insured_names.forEach((n, i) => put(`additional_insured_names.${i}`, n));
  put("remarks (page 1)", desc.description_of_operations.text);
  return out;
}

/** What the document shows: page text, or for a live form its fields' values. */
async function shown(b: BuiltReal): Promise<string> {
  if (b.print.mode === "fillable") {
    const form = (await PDFDocument.load(b.bytes)).getForm();
    return squash(form.getFields().map((f) => (f instanceof PDFTextField ? (f.getText() ?? "") : "")).join(""));
  }
  return squashedText(b.bytes, 1);
}

describe("the real-form corpus", () => {
  it("has 200–300 documents over eight shapes, with distinct ids and seeds", () => {
    const entries = realEntries();
    expect(entries.length).toBeGreaterThanOrEqual(200);
    expect(entries.length).toBeLessThanOrEqual(300);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.seed)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.shape))).toEqual(new Set(REAL_SHAPE_NAMES));
  });

  describe.skipIf(BLANKS_MISSING !== null)("built from the real blanks", () => {
    for (const shape of REAL_SHAPE_NAMES) {
      it(`${shape}: the truth is valid and every value it holds is shown on the certificate`, async () => {
        for (const entry of realEntries([shape]).slice(0, 3)) {
          const built = await buildRealEntry(entry);
          parsedCertificateSchema.parse(built.truth);
          const text = await shown(built);
          for (const [path, value] of printedValues(built)) expect(text, `${entry.id} ${path}`).toContain(squash(value));
          const continuation = built.desc.description_of_operations.continuation;
          if (continuation) {
            expect(built.print.pages[1]).toBe("remarks");
            expect(await squashedText(built.bytes, 2)).toContain(squash(continuation));
            expect(built.truth.description_of_operations.text).toContain(continuation);
          }
          await expectShape(built);
        }
      });
    }

    it("the same seed builds the same bytes and truth, whatever the shape", async () => {
      for (const shape of REAL_SHAPE_NAMES) {
        const [entry] = realEntries([shape]);
        const [a, b] = [await buildRealEntry(entry), await buildRealEntry(entry)];
        expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes)), shape).toBe(true);
        expect(a.truth).toEqual(b.truth);
      }
    });
  });
});

/** What each shape promises about the file itself. */
async function expectShape(b: BuiltReal) {
  const doc = await PDFDocument.load(b.bytes, { ignoreEncryption: true });
  const fields = doc.isEncrypted ? 0 : doc.getForm().getFields().length;
  switch (b.shape) {
    case "real-fillable":
      expect(fields).toBe(129);
      break;
    case "real-encrypted":
      expect(doc.isEncrypted).toBe(true);
      break;
    case "real-rotated":
      expect(doc.getPage(0).getRotation().angle).not.toBe(0);
      break;
    case "real-invisible":
      expect(b.print.traps!.length).toBeGreaterThan(0);
      break;
    case "real-multi":
      expect(doc.getPageCount()).toBeGreaterThanOrEqual(3);
      expect(b.print.pages.slice(1, 2)).toEqual([expect.stringMatching(/^(remarks|endorsement)$/)]);
      break;
    case "real-2025":
      expect(b.print.edition).toBe("2025/12");
      expect(b.truth.form_edition).toBe("ACORD 25 (2025/12)");
      break;
    default:
      expect(fields).toBe(0);
  }
  if (b.shape !== "real-fillable" && !doc.isEncrypted) expect(fields).toBe(0);
}
