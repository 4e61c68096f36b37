import { PDFCheckBox, PDFDocument, PDFTextField } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { openPdf } from "../../pdf/open-pdf";
import { expectedParsed } from "../expected";
import { mulberry32 } from "../print-random";
import { REAL_CORPUS_NOW } from "./corpus";
import { fillRealForm } from "./fill";
import { formValues } from "./form-values";
import { forRealForm } from "./prepare";
import { randomRealCertificate } from "./random-real";
import { BLANKS_MISSING, squash, squashedText } from "./test-support";

// The real 2016/03 blank filled: what the form holds and shows is what the description says.

const desc = (seed: number) => forRealForm(randomRealCertificate(mulberry32(seed), REAL_CORPUS_NOW), "2016/03");

describe.skipIf(BLANKS_MISSING !== null)("fillRealForm on the real 2016/03 blank", () => {
  it("fillable: every field holds the description's value, read back through the form", async () => {
    for (const seed of [1, 2, 3]) {
      const d = desc(seed);
      const form = (await PDFDocument.load(await fillRealForm(d, "fillable", seed))).getForm();
      const values = formValues(d);
      expect(values.size).toBeGreaterThan(40);
      for (const field of form.getFields()) {
        const want = values.get(field.getName());
        if (field instanceof PDFCheckBox) expect(field.isChecked(), field.getName()).toBe(want === true);
        else if (field instanceof PDFTextField) expect(field.getText() ?? undefined, field.getName()).toBe(want);
      }
      // Every value went into a field of the blank: none was dropped for want of a box.
      expect([...values.keys()].filter((name) => !form.getFieldMaybe(name))).toEqual([]);
    }
  });

  it("flattened: no fields left, the values are page text (drawn from the widgets' appearances)", async () => {
    const d = desc(4);
    const bytes = await fillRealForm(d, "flattened", 4);
    expect((await PDFDocument.load(bytes)).getForm().getFields()).toHaveLength(0);
    const text = await squashedText(bytes);
    for (const [name, value] of formValues(d)) {
      if (typeof value === "string" && name !== "Form_EditionIdentifier_A") expect(text, name).toContain(squash(value));
    }
    expect(text).toContain(squash("ACORD 25 (2016/03)"));
  });

  it("encrypted: owner-password protected, opens without a password, shows the same values", async () => {
    const d = desc(5);
    const bytes = await fillRealForm(d, "encrypted", 5);
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true });
    expect(doc.context.trailerInfo.Encrypt).toBeDefined();
    expect(doc.isEncrypted).toBe(true);
    const pdf = await openPdf(bytes);
    expect(pdf.numPages).toBe(1);
    await pdf.destroy();
    expect(await squashedText(bytes)).toContain(squash(d.insured.name!));
  });

  it("the truth is the description as the real form shows it", async () => {
    const source = randomRealCertificate(mulberry32(6), REAL_CORPUS_NOW);
    source.description_of_operations.continuation = "Location: all job sites.";
    const truth = expectedParsed(forRealForm(source, "2016/03"));
    expect(truth.form_edition).toBe("ACORD 25 (2016/03)");
    // No page 2 on the filled form: the continuation joins the remarks box.
    expect(truth.description_of_operations.text).toContain("Location: all job sites.");
    expect(truth.insured.name).toBe(source.insured.name);
  });

  it("the same seed gives the same bytes", async () => {
    const [a, b] = [await fillRealForm(desc(7), "encrypted", 7), await fillRealForm(desc(7), "encrypted", 7)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
