import { flateBomb } from "./bombs";
import { onePage, stream, writePdf } from "./pdf-writer";
import type { Rng } from "../generator/print-random";

// Documents built to hurt a PDF reader: each returns the bytes of one case. Sizes are drawn from the seed, so one
// kind covers a range (a 10k and a 100k nesting) while every run with the same seed builds the same bytes.

const between = (rng: Rng, lo: number, hi: number) => Math.floor(lo + rng() * (hi - lo + 1));
const page = (extra: string, objects: (string | Uint8Array)[] = [], catalog = "") => writePdf([...onePage(extra, catalog), ...objects]);
const text = stream("", "BT /F1 12 Tf 72 700 Td (CERTIFICATE OF LIABILITY INSURANCE) Tj ET");
const font = "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>";

export const HOSTILE = {
  deepArrays: (rng) => {
    const n = between(rng, 10_000, 100_000);
    return page(`/Contents 4 0 R /Junk ${"[".repeat(n)}${"]".repeat(n)}`, [text]);
  },
  deepDicts: (rng) => {
    const n = between(rng, 10_000, 100_000);
    return page(`/Contents 4 0 R /Junk ${"<< /A ".repeat(n)}${">>".repeat(n)}`, [text]);
  },
  deepContent: (rng) => {
    const n = between(rng, 10_000, 100_000);
    return page(`/Contents 4 0 R ${font}`, [stream("", `BT /F1 12 Tf ${"[".repeat(n)}(x)${"]".repeat(n)} TJ ET`)]);
  },
  deepFormXObjects: (rng) => {
    // Each form paints the next and the last paints the first: a chain pdf.js must follow, closed into a loop.
    const n = between(rng, 200, 2_000);
    const forms = Array.from({ length: n }, (_, i) =>
      stream(`/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /F ${i + 1 < n ? 6 + i : 5} 0 R >> >>`, "/F Do"),
    );
    return page("/Contents 4 0 R /Resources << /XObject << /F 5 0 R >> >>", [stream("", "/F Do"), ...forms]);
  },
  javascript: (rng) => {
    const js = ["app.alert('pwned')", "while(true){}", "this.exportDataObject({cName:'x', nLaunch:2})", "eval(unescape('%61%6c%65%72%74'))"][between(rng, 0, 3)];
    return page(
      `/Contents 4 0 R ${font} /AA << /O << /S /JavaScript /JS (${js}) >> >> /Annots [5 0 R]`,
      [
        text,
        `<< /Type /Annot /Subtype /Widget /FT /Tx /T (Insured) /Rect [0 0 100 20] /V (x) /AA << /K << /S /JavaScript /JS 6 0 R >> /F << /S /JavaScript /JS (${js}) >> >> >>`,
        stream("", js),
        `<< /Names [(x) << /S /JavaScript /JS (${js}) >>] >>`,
      ],
      `/OpenAction << /S /JavaScript /JS (${js}) >> /Names << /JavaScript 7 0 R >> /AcroForm << /Fields [5 0 R] /NeedAppearances true >>`,
    );
  },
  launchAndUri: () =>
    page("/Contents 4 0 R", [text], "/OpenAction << /S /Launch /F (cmd.exe) /Win << /F (calc.exe) >> >> /URI << /Base (file:///etc/passwd) >>"),
  embeddedFile: (rng) => {
    const size = between(rng, 1, 2_000_000);
    return page("/Contents 4 0 R", [text, stream("/Type /EmbeddedFile /Subtype /application#2Fx-msdownload", new Uint8Array(size).fill(0x4d)), "<< /Type /Filespec /F (setup.exe) /EF << /F 5 0 R >> >>", "<< /Names [(setup.exe) 6 0 R] >>"], "/Names << /EmbeddedFiles 7 0 R >>");
  },
  circularPages: () => writePdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", "<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>"]),
  circularRefs: (rng) => {
    const n = between(rng, 2, 50);
    // Object 4 → 5 → … → 4: a reference chain with no value at its end.
    const chain = Array.from({ length: n }, (_, i) => `${4 + ((i + 1) % n)} 0 R`);
    return page("/Contents 4 0 R /Resources 4 0 R /MediaBox 5 0 R", chain);
  },
  absurdCount: () => writePdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e308 -1e308] /Rotate 45 >>"]),
  deepPageTree: (rng) => {
    // Pages nodes nested n deep before the one page.
    const n = between(rng, 1_000, 20_000);
    const nodes = Array.from({ length: n }, (_, i) => `<< /Type /Pages /Kids [${i + 3} 0 R] /Count 1 >>`);
    return writePdf(["<< /Type /Catalog /Pages 2 0 R >>", ...nodes, "<< /Type /Page /MediaBox [0 0 612 792] >>"]);
  },
  widePageTree: (rng) => {
    const n = between(rng, 10_000, 100_000);
    const kids = Array.from({ length: n }, () => "3 0 R").join(" ");
    return writePdf(["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]);
  },
  manyObjects: (rng) => {
    const n = between(rng, 50_000, 200_000);
    return page("/Contents 4 0 R", [text, ...Array.from({ length: n }, (_, i) => `[${i}]`)]);
  },
  hugeXrefClaim: () => {
    const bytes = page("/Contents 4 0 R", [text]);
    const s = new TextDecoder("latin1").decode(bytes).replace(/xref\n0 \d+/, "xref\n0 2000000000").replace(/\/Size \d+/, "/Size 2147483647");
    return latin1(s);
  },
  hugeStreamLength: () => {
    const body = "<< /Length 9999999999999 >>\nstream\nBT ET\nendstream";
    return page("/Contents 4 0 R", [body]);
  },
  manyOperators: (rng) => {
    // A content stream of a few MB that pdf.js must turn into operators one by one.
    const n = between(rng, 100_000, 400_000);
    return page(`/Contents 4 0 R ${font}`, [stream("", "BT /F1 1 Tf (x) Tj ET ".repeat(Math.floor(n / 4)))]);
  },
  hugeImage: (rng) => {
    const side = between(rng, 20_000, 100_000);
    return page(`/Contents 4 0 R /Resources << /XObject << /Im 5 0 R >> >>`, [
      stream("", "q 612 0 0 792 0 0 cm /Im Do Q"),
      stream(`/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8`, new Uint8Array(1024)),
    ]);
  },
  contentBomb: async (rng) => page("/Contents 4 0 R", [stream("/Filter /FlateDecode", await flateBomb(between(rng, 0, 1) ? 1024 : 512))]),
  imageBomb: async () =>
    page(`/Contents 4 0 R /Resources << /XObject << /Im 5 0 R >> >>`, [
      stream("", "q 612 0 0 792 0 0 cm /Im Do Q"),
      stream("/Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", await flateBomb(1024)),
    ]),
  fontBomb: async () =>
    page(`/Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /TrueType /BaseFont /Evil /FontDescriptor 5 0 R >> >> >>`, [
      stream("", "BT /F1 12 Tf 72 700 Td (Hello) Tj ET"),
      "<< /Type /FontDescriptor /FontName /Evil /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 6 0 R >>",
      stream("/Filter /FlateDecode", await flateBomb(512)),
    ]),
  objectStreamBomb: async () =>
    page("/Contents 4 0 R", [text, stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", await flateBomb(512))]),
  stackedFilters: (rng) => {
    const n = between(rng, 100, 5_000);
    const filters = Array.from({ length: n }, () => "/ASCIIHexDecode").join(" ");
    return page("/Contents 4 0 R", [stream(`/Filter [${filters}]`, "4254204554>")]);
  },
  slowGraphicsStates: (rng) => page("/Contents 4 0 R", [stream("", "q ".repeat(between(rng, 300_000, 1_000_000)))]),
  garbage: (rng) => {
    const n = between(rng, 10, 200_000);
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = Math.floor(rng() * 256);
    bytes.set(latin1("%PDF-1."), 0);
    return bytes;
  },
  noObjects: () => latin1("%PDF-1.7\n%%EOF\n"),
} satisfies Record<string, (rng: Rng) => Uint8Array | Promise<Uint8Array>>;

export type HostileKind = keyof typeof HOSTILE;

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
