import { centerY, height, type Run } from "../../pdf/text-runs";
import { textOf } from "./collector";

// Whether the authorized representative signed. A typed name beside the label ("Authorized Signature: Jane Roe"),
// on the line under a heading (AUTHORIZED REPRESENTATIVE), or written over the signature line above its caption
// counts; a line of underscores does not. A drawn signature is an image: the caller looks for one in `area`.

export type SignatureArea = { page: number; x0: number; y0: number; x1: number; y1: number };

const NOT_A_NAME = /©|copyright|acord|rights reserved|page \d|\bdate\b|:|\d{5}/i;
const UNDERSCORES = /^[_\s.-]*$/;

/** The text of a run that could be a signer's name, without signature-line underscores, or null. */
function nameIn(runs: Run[]): Run[] | null {
  const kept = runs.filter((r) => !UNDERSCORES.test(r.text));
  const text = textOf(kept).replace(/_{2,}/g, " ").replace(/^x\s+/i, "").trim();
  if (!/\p{L}{2}/u.test(text) || text.length > 40 || text.split(/\s+/).length > 6 || /[.]$/.test(text) || NOT_A_NAME.test(text)) return null;
  return kept;
}

/**
 * The signer's name near a signature label at `lines[at]` (label runs `label`, value runs after it on the line),
 * looking beside it, then below (a heading) or above (a caption under the line), skipping underscore-only lines.
 */
export function findSignature(lines: Run[][], at: number, label: Run[], value: Run[], isLabel: (r: Run) => boolean) {
  const x0 = label[0].x0 - 20;
  const x1 = Math.max(...[...label, ...value].map((r) => r.x1)) + 120;
  const h = height(label[0]);
  const area: SignatureArea = { page: label[0].page, x0, x1, y0: label[0].y0 - 3.5 * h, y1: label[0].y1 + 3.5 * h };
  const beside = nameIn(value);
  if (beside) return { runs: beside, area };
  const inline = value.some((r) => /_{3,}/.test(r.text));
  const nearIn = (step: number) => {
    const line = lines[at + step];
    // A name signed over the label's own underscores sits just above them.
    const reach = inline && step < 0 ? 2 : 3.5;
    if (!line || line[0].page !== label[0].page || Math.abs(centerY(line[0]) - centerY(label[0])) > reach * h) return [];
    return line.filter((r) => r.x1 > x0 && r.x0 < x1);
  };
  // A caption under a signature line ("______" over "Authorized Signature") has the name above it; a heading
  // (AUTHORIZED REPRESENTATIVE) has it below, and what is above a heading belongs to another box.
  const above = nearIn(-1);
  const underlined = inline || (above.length > 0 && above.every((r) => UNDERSCORES.test(r.text)));
  for (const step of underlined ? [-1, -2] : [1, 2]) {
    const near = nearIn(step);
    if (near.length === 0 || near.some(isLabel)) continue;
    if (near.every((r) => UNDERSCORES.test(r.text))) continue;
    const name = nameIn(near);
    if (name) return { runs: name, area };
    // The nearest line with text is not a name: whatever is further away is not the signature either.
    break;
  }
  return { runs: null, area };
}
