import type { FieldSource } from "../coi/parsed-certificate";
import { humanize } from "../format";
import { doubtOf, isFieldSource } from "./sources";

// Where every value of a page was read, as boxes the viewer draws over the page. A source's box is in points from
// the bottom-left of the page as displayed (its /Rotate applied) and `page_size` is that displayed size, so a page
// drawn upright needs only a scale and a flip; `turn` is for a page the viewer turns further.

export type CssRect = { left: number; top: number; width: number; height: number };

export type Outline = {
  path: string;
  /** The field in words: "Insured › Name". */
  label: string;
  /** Read below the rules' review threshold: the rule relying on it asks a person. */
  isDoubt: boolean;
  confidence: number | null;
  note: string | null;
  rect: CssRect;
};

export type Quarter = 0 | 90 | 180 | 270;

/** `source`'s box in CSS pixels of the page drawn `cssWidth` wide, turned `turn` degrees clockwise from displayed. */
export function cssRect(source: FieldSource, cssWidth: number, turn: Quarter = 0): CssRect {
  const [pw, ph] = source.page_size;
  const [x, y, w, h] = source.box;
  const top = ph - y - h;
  const turned: CssRect =
    turn === 90 ? { left: ph - top - h, top: x, width: h, height: w }
    : turn === 180 ? { left: pw - x - w, top: ph - top - h, width: w, height: h }
    : turn === 270 ? { left: top, top: pw - x - w, width: h, height: w }
    : { left: x, top, width: w, height: h };
  const scale = cssWidth / (turn === 90 || turn === 270 ? ph : pw);
  return { left: turned.left * scale, top: turned.top * scale, width: turned.width * scale, height: turned.height * scale };
}

/** `coverages.commercial_general_liability.limits.each_occurrence_dollars` → "Commercial general liability › Limits › Each occurrence". */
export function fieldLabel(path: string): string {
  const parts = path.split(".");
  if (parts.length > 1 && parts[0] === "coverages") parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : humanize(p))).join(" › ");
}

export type PageOutlinesOptions = { page: number; cssWidth: number; turn?: Quarter };

/** Every value read on `page`, largest first so that a small box drawn inside a larger one stays on top. */
export function pageOutlines(sources: Record<string, unknown> | null | undefined, { page, cssWidth, turn = 0 }: PageOutlinesOptions): Outline[] {
  const out: Outline[] = [];
  for (const [path, source] of Object.entries(sources ?? {})) {
    if (!isFieldSource(source) || source.page !== page || !(source.page_size[0] > 0 && source.page_size[1] > 0)) continue;
    const doubt = doubtOf(sources, path);
    out.push({ path, label: fieldLabel(path), isDoubt: doubt !== null, confidence: doubt?.confidence ?? null, note: doubt?.note ?? null, rect: cssRect(source, cssWidth, turn) });
  }
  return out.sort((a, b) => b.rect.width * b.rect.height - a.rect.width * a.rect.height);
}

/** What a reviewer reads on hovering an outline. */
export function outlineTitle(o: Outline): string {
  if (!o.isDoubt) return o.label;
  const sure = o.confidence ? ` · ${Math.round(o.confidence * 100)}% sure` : "";
  return `${o.label}: needs review${sure}${o.note ? ` · ${o.note}` : ""}`;
}
