import type { CertificateDescription } from "../description";
import type { ParsedCertificate } from "../../parsed-certificate";
import type { Edition } from "./blanks";
import type { Geometry } from "./page/geometry";
import type { ReprintStyle } from "./reprint/style";
import type { Trap } from "./reprint/traps";

// The accuracy corpus of the real ACORD 25: certificates made from the real blanks (../shared), generated from seeds
// at run time — nothing is stored — each with its truth. Shapes and their counts; the builders are in build.ts.

export const REAL_SHAPES = {
  /** The 2016/03 AcroForm with live fields and appearances. */
  "real-fillable": 25,
  /** Filled, then flattened by pdf-lib: values drawn as Form XObjects, no fields. */
  "real-flattened": 30,
  /** Flattened, then owner-password protected (empty user password). */
  "real-encrypted": 20,
  /** The bulk: the 2016/03 blank's drawing with its fields removed, values printed as page text, every style. */
  "real-reprinted": 100,
  /** The 2025/12 edition as an agency printed it blank, values printed where its own labels and lines say. */
  "real-2025": 30,
  /** Reprints with text a person cannot see: render mode 3, white, covered by a white box, outside the crop box. */
  "real-invisible": 30,
  /** Reprints on pages with /Rotate 90, 180 or 270, drawn so they look upright. */
  "real-rotated": 25,
  /** Several pages: the certificate, then a remarks schedule or an endorsement, then other certificates or endorsements. */
  "real-multi": 15,
} as const;

export type RealShape = keyof typeof REAL_SHAPES;
export const REAL_SHAPE_NAMES = Object.keys(REAL_SHAPES) as RealShape[];
export type RealEntry = { id: string; shape: RealShape; seed: number };

export type PageKind = "certificate" | "remarks" | "endorsement" | "other-certificate";

/** How one document was made: for tests, and for a person looking into a wrong field. */
export type PrintRecord = {
  edition: Edition;
  mode: "fillable" | "flattened" | "encrypted" | "reprinted";
  style?: ReprintStyle;
  geometry?: Geometry;
  traps?: Trap[];
  pages: PageKind[];
};

export type BuiltReal = RealEntry & {
  bytes: Uint8Array;
  /** What a perfect reader returns: expectedParsed of the description as printed. */
  truth: ParsedCertificate;
  desc: CertificateDescription;
  print: PrintRecord;
};

/** Fixed, so figures compare from run to run; policy dates are relative to it. */
export const REAL_CORPUS_NOW = new Date("2025-06-15T12:00:00Z");

export function isRealShape(shape: string): shape is RealShape {
  return shape in REAL_SHAPES;
}

export function realEntries(shapes: RealShape[] = REAL_SHAPE_NAMES): RealEntry[] {
  return shapes.flatMap((shape) => {
    const s = REAL_SHAPE_NAMES.indexOf(shape);
    return Array.from({ length: REAL_SHAPES[shape] }, (_, i) => ({
      id: `${shape}-${String(i + 1).padStart(3, "0")}`,
      shape,
      seed: 70_000 + 1000 * s + i,
    }));
  });
}
