import { groupLines, height, isGlyph, mergeRuns, type ItemWithConfidence, type Run } from "../../pdf/text-runs";

// The page as text lines of runs. Some programs (and OCR) place every word on its own, a little more than a space
// apart; words closer than about half a line height are one run here, so a label reads the same however the
// page was cut up. Columns stand much further apart than that.

const WORD_GAP = 0.6;

/** A run joined from runs printed apart keeps them, with their exact places, for cutting table cells. */
export type JoinedRun = Run & { parts?: Run[] };

export function textLines(pages: ItemWithConfidence[][]): Run[][] {
  return pages.flatMap((items) => groupLines(mergeRuns(items)).map(joinWords));
}

function joinWords(line: Run[]): JoinedRun[] {
  const out: JoinedRun[] = [];
  for (const r of line) {
    const prev = out[out.length - 1];
    const gap = prev ? r.x0 - prev.x1 : Infinity;
    if (prev && gap >= -0.5 && gap < WORD_GAP * Math.max(height(prev), height(r)) && !isGlyph(prev.text) && !isGlyph(r.text)) {
      const parts = [...(prev.parts ?? [prev]), r];
      out[out.length - 1] = { ...prev, text: `${prev.text} ${r.text}`, x1: r.x1, y0: Math.min(prev.y0, r.y0), y1: Math.max(prev.y1, r.y1), confidence: Math.min(prev.confidence, r.confidence), parts };
    } else out.push(r);
  }
  return out;
}
