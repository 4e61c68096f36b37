import { describe, expect, it } from "vitest";
import { readCertificate } from "../../read-certificate";
import { layoutPdf, lineY, type Layout } from "./layout-pdf";

// The signature: a typed or drawn name on the signature line counts; an empty line of underscores does not.

const BODY: Layout = [
  [[150, "CERTIFICATE OF LIABILITY INSURANCE", 14]],
  [[50, "Insured: Bright Electric Inc"]],
  [[50, "GENERAL LIABILITY"]],
  [[50, "Policy Number: GL-9"], [250, "Each Occurrence $1,000,000"]],
  16,
  [[50, "Certificate Holder:"]],
  [[50, "Lakeside Builders LLC"]],
  [[50, "Madison, WI 53703"]],
  16,
];

async function read(signature: Layout, options: Parameters<typeof layoutPdf>[1] = {}) {
  return (await readCertificate(await layoutPdf([...BODY, ...signature], options))).parsed;
}

describe("signatures on carriers' and platforms' layouts", () => {
  it("a name typed after the label is a signature", async () => {
    const p = await read([[[320, "Authorized Signature: Jane Roe"]]]);
    expect(p.description_of_operations.signature).toBe(true);
    expect(p.authorized_representative).toBe("Jane Roe");
  });

  it("a name over the signature line, with the caption under it, is a signature", async () => {
    const p = await read([[[340, "Jane Roe"]], [[320, "______________________________"]], [[320, "Authorized Representative"]]]);
    expect(p.description_of_operations.signature).toBe(true);
    expect(p.authorized_representative).toBe("Jane Roe");
  });

  it("a name under an AUTHORIZED REPRESENTATIVE heading is a signature; the holder's address above it is not", async () => {
    expect((await read([[[320, "AUTHORIZED REPRESENTATIVE"]], [[330, "John Smith, Agent"]]])).authorized_representative).toBe("John Smith, Agent");
    const unsigned = await read([[[320, "AUTHORIZED REPRESENTATIVE"]]]);
    expect(unsigned.description_of_operations.signature).toBe(false);
    expect(unsigned.authorized_representative).toBeNull();
  });

  it("an empty line of underscores is no signature", async () => {
    const p = await read([[[50, "Issued on: March 14, 2025"], [320, "Authorized Signature: ______________________"]]]);
    expect(p.description_of_operations.signature).toBe(false);
    expect(p.certificate_date).toBe("03/14/2025");
  });

  it("a signature drawn as an image on the signature line is a signature", async () => {
    const signature: Layout = [[[320, "Authorized Signature: ______________________"]]];
    const y = lineY([...BODY, ...signature], BODY.length);
    const p = await read(signature, { signatureImage: { x: 420, y: y + 2 } });
    expect(p.description_of_operations.signature).toBe(true);
    expect(p.authorized_representative).toBeNull();
  });
});
