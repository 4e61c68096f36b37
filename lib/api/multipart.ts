import busboy from "busboy";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { invalidInput } from "./errors";

export const MAX_CERTIFICATE_BYTES = 15 * 1024 * 1024;

export type UploadedFile = {
  field: string;
  filename: string;
  mimeType: string;
  /** Up to MAX_CERTIFICATE_BYTES; empty when the file was larger (see `tooLarge`). */
  bytes: Buffer;
  tooLarge: boolean;
};

export type MultipartResult = { fields: Record<string, string>; files: UploadedFile[] };

/**
 * Streams a multipart body. File bytes are kept only up to the limit: past it the rest is read and dropped, so a
 * 100 MB upload costs 15 MB of memory at most, and the text fields after the file can still be validated first.
 */
export async function readMultipart(req: Request, fileField = "certificate"): Promise<MultipartResult> {
  if (!req.body) return { fields: {}, files: [] };
  const headers = Object.fromEntries(req.headers.entries());
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers,
      limits: { fileSize: MAX_CERTIFICATE_BYTES, files: 3, fields: 50, fieldSize: 64 * 1024, parts: 60 },
    });
  } catch {
    throw invalidInput("Malformed multipart/form-data request (missing boundary?).");
  }
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  const done = new Promise<void>((resolve, reject) => {
    parser.on("field", (name, value) => {
      if (!(name in fields)) fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      const file: UploadedFile = {
        field: name,
        // No file system allows NUL in a name, and PostgreSQL text cannot store it.
        filename: (info.filename ?? "").replace(/\u0000/g, ""),
        mimeType: (info.mimeType ?? "").toLowerCase(),
        bytes: Buffer.alloc(0),
        tooLarge: false,
      };
      stream.on("data", (chunk: Buffer) => {
        if (name === fileField) chunks.push(chunk);
      });
      stream.on("limit", () => {
        file.tooLarge = true;
        chunks.length = 0;
      });
      stream.on("end", () => {
        if (!file.tooLarge) file.bytes = Buffer.concat(chunks);
        files.push(file);
      });
    });
    parser.on("close", () => resolve());
    parser.on("error", (err) => reject(invalidInput(`Malformed multipart/form-data body: ${(err as Error).message}`)));
  });
  Readable.fromWeb(req.body as unknown as WebReadableStream<Uint8Array>)
    .on("error", () => parser.destroy())
    .pipe(parser);
  await done;
  return { fields, files };
}
