import { createHash } from "node:crypto";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject, PDFRawStream, PDFRef, PDFString } from "pdf-lib";

// pdf-lib cannot encrypt, but agencies often send owner-password-protected certificates (no password to open,
// permissions restricted), so the reader must be tested against them. This applies the PDF Standard Security
// Handler, revision 3 (RC4, 128-bit; ISO 32000-1 §7.6.3, algorithms 1, 2, 3 and 5) to a saved PDF.

export const PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");
const KEY_LENGTH = 16;
/** Print and copy allowed, modify not: the usual agency setting. */
const PERMISSIONS = -3392;

export type EncryptOptions = { ownerPassword: string; userPassword?: string };

export const md5 = (...parts: Uint8Array[]) => {
  const h = createHash("md5");
  for (const p of parts) h.update(p);
  return h.digest();
};

export function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

export const pad = (password: string) => Buffer.concat([Buffer.from(password, "latin1"), PAD]).subarray(0, 32);

/** RC4 with the key, then 19 more passes with the key XOR 1…19 (revision 3). */
export function rc4Rounds(key: Buffer, data: Buffer): Buffer {
  let out = rc4(key, data);
  for (let i = 1; i <= 19; i++) out = rc4(key.map((b) => b ^ i) as Buffer, out);
  return out;
}

function ownerValue(owner: string, user: string): Buffer {
  let hash = md5(pad(owner || user));
  for (let i = 0; i < 50; i++) hash = md5(hash);
  return rc4Rounds(hash.subarray(0, KEY_LENGTH), pad(user));
}

function fileKey(user: string, o: Buffer, id: Buffer): Buffer {
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  let hash = md5(pad(user), o, p, id);
  for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, KEY_LENGTH));
  return hash.subarray(0, KEY_LENGTH);
}

function objectKey(key: Buffer, ref: PDFRef): Buffer {
  const suffix = Buffer.from([ref.objectNumber & 255, (ref.objectNumber >> 8) & 255, (ref.objectNumber >> 16) & 255,
    ref.generationNumber & 255, (ref.generationNumber >> 8) & 255]);
  return md5(key, suffix).subarray(0, Math.min(key.length + 5, 16));
}

/** RC4 is its own inverse: one pass over every string of an object encrypts it, and decrypts it again. */
function rc4Strings(obj: PDFObject, key: Buffer): PDFObject {
  if (obj instanceof PDFString || obj instanceof PDFHexString) {
    return PDFHexString.of(rc4(key, obj.asBytes()).toString("hex"));
  }
  if (obj instanceof PDFArray) {
    for (let i = 0; i < obj.size(); i++) obj.set(i, rc4Strings(obj.get(i), key));
  } else if (obj instanceof PDFDict) {
    for (const [name, value] of obj.entries()) obj.set(name, rc4Strings(value, key));
  }
  return obj;
}

/** Every indirect object's strings and stream bytes through RC4 with its object key (ISO 32000-1 algorithm 1). */
export function rc4Objects(context: PDFDocument["context"], key: Buffer, except?: PDFRef): void {
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (ref === except) continue;
    const k = objectKey(key, ref);
    if (obj instanceof PDFRawStream) {
      rc4Strings(obj.dict, k);
      context.assign(ref, PDFRawStream.of(obj.dict, rc4(k, obj.contents)));
    } else {
      context.assign(ref, rc4Strings(obj, k));
    }
  }
}

export async function encryptPdf(bytes: Uint8Array, options: EncryptOptions): Promise<Uint8Array> {
  // Reloaded, every stream is a raw stream of its final (already filtered) bytes, ready to encrypt as is.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context } = doc;
  const user = options.userPassword ?? "";
  // The file ID feeds the key; deriving it from the content keeps the output reproducible.
  const id = md5(bytes);
  const o = ownerValue(options.ownerPassword, user);
  const key = fileKey(user, o, id);
  const u = Buffer.concat([rc4Rounds(key, md5(PAD, id)), Buffer.alloc(16)]);

  rc4Objects(context, key);
  const encrypt = context.obj({
    Filter: PDFName.of("Standard"),
    V: PDFNumber.of(2),
    R: PDFNumber.of(3),
    Length: PDFNumber.of(KEY_LENGTH * 8),
    P: PDFNumber.of(PERMISSIONS),
    O: PDFHexString.of(o.toString("hex")),
    U: PDFHexString.of(u.toString("hex")),
  });
  context.trailerInfo.Encrypt = context.register(encrypt);
  const idString = PDFHexString.of(id.toString("hex"));
  context.trailerInfo.ID = context.obj([idString, idString]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
