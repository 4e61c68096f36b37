import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject, PDFRef, PDFString } from "pdf-lib";
import { md5, pad, PAD, rc4, rc4Objects, rc4Rounds } from "../encrypt";

// The 2025/12 blank came to us as an agency system printed it: owner-password protected (RC4, revision 2, empty user
// password). pdf-lib can read such a file's structure but not its encrypted strings and streams, and we must copy its
// page content to print on it, so we undo the Standard Security Handler here (ISO 32000-1 §7.6.3, algorithms 1, 2 and
// 6). Only what an empty user password opens is supported: a file that needs a password to open is refused.

const asBuffer = (o: PDFObject | undefined): Buffer => {
  if (o instanceof PDFString || o instanceof PDFHexString) return Buffer.from(o.asBytes());
  throw new Error("encryption dictionary: expected a string");
};

function fileKey(encrypt: PDFDict, firstId: Buffer): { key: Buffer; revision: number } {
  const num = (name: string, fallback?: number) => {
    const v = encrypt.get(PDFName.of(name));
    if (v instanceof PDFNumber) return v.asNumber();
    if (fallback !== undefined) return fallback;
    throw new Error(`encryption dictionary: /${name} missing`);
  };
  const filter = encrypt.get(PDFName.of("Filter"));
  const version = num("V");
  const revision = num("R");
  if (String(filter) !== "/Standard" || version > 2 || revision > 3) {
    throw new Error(`unsupported encryption (${String(filter)} V${version} R${revision}): only RC4 up to revision 3`);
  }
  const length = revision === 2 ? 5 : num("Length", 40) / 8;
  const o = asBuffer(encrypt.get(PDFName.of("O")));
  const p = Buffer.alloc(4);
  p.writeInt32LE(num("P"));
  let hash = md5(pad(""), o, p, firstId);
  if (revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, length));
  const key = hash.subarray(0, length);
  // Algorithm 6: the empty user password must be the one the file was locked with.
  const u = asBuffer(encrypt.get(PDFName.of("U")));
  const expected = revision === 2 ? rc4(key, PAD) : rc4Rounds(key, md5(PAD, firstId));
  const compared = revision === 2 ? 32 : 16;
  if (!expected.subarray(0, compared).equals(u.subarray(0, compared))) {
    throw new Error("the PDF needs a user password to open; only owner-password files can be decrypted here");
  }
  return { key, revision };
}

/** An unencrypted copy of an owner-password-protected PDF; an unencrypted PDF comes back as it is. */
export async function decryptPdf(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const { context } = doc;
  const encryptRef = context.trailerInfo.Encrypt;
  if (!encryptRef) return bytes;
  const encrypt = context.lookup(encryptRef, PDFDict);
  const ids = context.trailerInfo.ID;
  const idArray = ids instanceof PDFArray ? ids : ids instanceof PDFRef ? context.lookup(ids, PDFArray) : undefined;
  if (!idArray) throw new Error("encrypted PDF without a file /ID");
  const { key } = fileKey(encrypt, asBuffer(idArray.get(0)));
  rc4Objects(context, key, encryptRef instanceof PDFRef ? encryptRef : undefined);
  delete context.trailerInfo.Encrypt;
  if (encryptRef instanceof PDFRef) context.delete(encryptRef);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
