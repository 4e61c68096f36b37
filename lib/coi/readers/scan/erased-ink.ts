import type { PixelBox } from "../../ocr/grey";
import type { Grey } from "../../pdf/render-page";
import type { PageMap } from "../form/fit";

// Shared by the cell reader (cell-lines.ts) and the box-mark reader (marks.ts): where a reference box lands on the
// upright page's pixels, and whether painting the rules out took ink that touched ink left standing.

/** A reference box (points, origin bottom-left) placed by the fit on the upright page's pixels (origin top-left). */
export function placedBox(map: Pick<PageMap, "toPage">, b: PixelBox, k: number, pageHeight: number): PixelBox {
  const [x0, y0] = map.toPage([b.x0, b.y0]);
  const [x1, y1] = map.toPage([b.x1, b.y1]);
  return { x0: Math.min(x0, x1) * k, x1: Math.max(x0, x1) * k, y0: (pageHeight - Math.max(y0, y1)) * k, y1: (pageHeight - Math.min(y0, y1)) * k };
}

/** Neighbours that share an edge: a stroke cut where it crossed the rule. */
export const EDGE_NEIGHBOURS: ReadonlyArray<readonly [number, number]> = [[-1, 0], [1, 0], [0, -1], [0, 1]];

/** Every pixel within `reach` (a square): a letter's ink near, not only touching, the rule that was painted out. */
export function squareNeighbours(reach: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let dy = -reach; dy <= reach; dy++) for (let dx = -reach; dx <= reach; dx++) out.push([dx, dy]);
  return out;
}

/**
 * Whether ink the erasing took (dark on `before`, light on `after`) touches ink it kept (dark on `after`), looking
 * from the box's own pixels of the `anchor` kind to their neighbours, which may lie outside the box. Both images
 * are the same size.
 */
export function erasedBesideKept(
  before: Grey, after: Grey, box: PixelBox, dark: number,
  neighbours: ReadonlyArray<readonly [number, number]>, anchor: "erased" | "kept",
): boolean {
  const w = after.width;
  const inked = (g: Grey, x: number, y: number) => x >= 0 && y >= 0 && x < w && y < g.height && g.data[y * w + x] < dark;
  const erased = (x: number, y: number) => inked(before, x, y) && !inked(after, x, y);
  const kept = (x: number, y: number) => inked(after, x, y);
  const [isAnchor, isOther] = anchor === "erased" ? [erased, kept] : [kept, erased];
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(after.height, Math.ceil(box.y1)); y++) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(w, Math.ceil(box.x1)); x++) {
      if (!isAnchor(x, y)) continue;
      for (const [dx, dy] of neighbours) if (isOther(x + dx, y + dy)) return true;
    }
  }
  return false;
}
