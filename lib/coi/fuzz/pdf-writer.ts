// A minimal PDF writer for hostile test documents: objects are written exactly as given (no validation, no
// repair), with a correct xref table unless the caller asks to break it. pdf-lib would refuse or fix most of them.

export type PdfObject = string | Uint8Array;

export type WriteOptions = {
  /** Object number of the catalog (default 1). */
  root?: number;
  /** Extra trailer entries, e.g. `/Encrypt 9 0 R`. */
  trailer?: string;
  /** Leave out the xref table and trailer (a reader must reconstruct them). */
  omitXref?: boolean;
  header?: string;
};

const ascii = (s: string) => new TextEncoder().encode(s);

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `objects[i]` becomes object `i + 1`. */
export function writePdf(objects: PdfObject[], options: WriteOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [ascii(`${options.header ?? "%PDF-1.7"}\n%\u00e2\u00e3\n`)];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = concatBytes([ascii(`${i + 1} 0 obj\n`), typeof body === "string" ? ascii(body) : body, ascii("\nendobj\n")]);
    parts.push(part);
    length += part.length;
  });
  if (!options.omitXref) {
    const rows = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
    const trailer = `<< /Size ${objects.length + 1} /Root ${options.root ?? 1} 0 R ${options.trailer ?? ""} >>`;
    parts.push(ascii(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n${trailer}\nstartxref\n${length}\n%%EOF\n`));
  }
  return concatBytes(parts);
}

/** A stream object: `dict` without the `<< >>` and without /Length, which is added. */
export function stream(dict: string, data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === "string" ? ascii(data) : data;
  return concatBytes([ascii(`<< ${dict} /Length ${bytes.length} >>\nstream\n`), bytes, ascii("\nendstream")]);
}

/** Catalog (1), page tree (2) and one page (3) whose dictionary gets `pageExtra`; callers append objects from 4. */
export function onePage(pageExtra: string, catalogExtra = ""): string[] {
  return [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
    `<< /Type /Pages /Kids [3 0 R] /Count 1 >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ${pageExtra} >>`,
  ];
}
