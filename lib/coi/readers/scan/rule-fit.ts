import type { RefRule, Reference } from "../form/reference";
import { PageMap, type Axis, type GlobalFit, type Pair } from "../form/fit";

// Where the ACORD 25 sits on a scanned page, found by its ruling lines: the one drawing every print of the form
// shares, whatever the agency system and however bad the scan (OCR would have to read the labels first, which is
// most of a whole-page OCR). Per axis, page = scale · reference + offset: the rows' y positions vote for the
// vertical fit, the columns' x positions for the horizontal; the candidates are then judged by how much of the
// form's drawing they cover, lengths included (the coverage table's rows are 12 pt apart, and one row off matches
// nearly as many positions, but not the lines' extents).

/** Lines in page points, origin bottom-left: horizontal ones `at` a y from x `from` to `to`, vertical ones at an x. */
export type PageLines = { horizontal: RefRule[]; vertical: RefRule[] };

export type RuleFit = {
  ref: Reference;
  map: PageMap;
  /** Share of the form's drawing (by length) found where the fit puts it. */
  coverage: number;
  /** Share of the page's lines within the form (by length) that the form draws there. */
  explained: number;
};

/** Shorter rules are check boxes and ticks, and shorter lines on a page are letters' strokes. */
export const MIN_RULE = 20;
/** A form printed "fit to page", on A4 or shrunk by a fax: within these scales of the blank. */
const SCALES: [number, number] = [0.82, 1.12];
const SCALE_STEP = 0.002;
/** A line is where the fit puts it within this, in points (the scan's blur, an agency's redrawn form). */
const NEAR = 2.5;
/** Below this share of its drawing found, a page is not the form. */
export const MIN_COVERAGE = 0.55;

type Candidate = { scale: number; offset: number; votes: number };

export function fitRules(ref: Reference, lines: PageLines): RuleFit | null {
  const refH = ref.rules.horizontal.filter((r) => r.to - r.from >= MIN_RULE);
  const refV = ref.rules.vertical.filter((r) => r.to - r.from >= MIN_RULE);
  const pageH = lines.horizontal.filter((r) => r.to - r.from >= MIN_RULE * SCALES[0]);
  const pageV = lines.vertical.filter((r) => r.to - r.from >= MIN_RULE * SCALES[0]);
  if (pageH.length < 8 || pageV.length < 4) return null;
  const ys = axisCandidates(refH, pageH);
  const xs = axisCandidates(refV, pageV);
  let best: { x: Axis; y: Axis; covered: number } | null = null;
  for (const y of ys) {
    for (const x of xs) {
      // A print keeps the form's proportions (A4 and "fit to page" scale both ways alike).
      if (Math.abs(x.scale - y.scale) > 0.06) continue;
      const covered = coverage(refH, refV, pageH, pageV, x, y, NEAR + 1);
      if (!best || covered > best.covered) best = { x, y, covered };
    }
  }
  if (!best) return null;
  const refined = refine(refH, refV, pageH, pageV, best.x, best.y);
  if (!refined) return null;
  const total = length(refH) + length(refV);
  const covered = coverage(refH, refV, pageH, pageV, refined.x, refined.y, NEAR) / total;
  if (covered < MIN_COVERAGE) return null;
  const explained = explainedShare(ref, refH, refV, pageH, pageV, refined);
  return { ref, map: new PageMap(refined, crossings(refH, refV, pageH, pageV, refined)), coverage: covered, explained };
}

/**
 * How well a fit accounts for the page. Above all, how much of the edition's drawing is there (2016/03's on a 2025/12
 * page: 83%; its own: 99%); then how much of the page's lines it explains, which a page's text strokes muddy.
 */
export const fitScore = (f: RuleFit) => f.coverage + 0.25 * f.explained;

/**
 * The page's long lines inside the form's frame, by length, that lie on the reference's rules as fitted: what tells
 * editions apart, since the 2025/12 drawing covers most of the 2016/03 one's lines too.
 */
function explainedShare(ref: Reference, refH: RefRule[], refV: RefRule[], pageH: RefRule[], pageV: RefRule[], fit: GlobalFit): number {
  const [w, h] = ref.page;
  const inFrame = (r: RefRule, across: Axis, along: Axis, size: [number, number]) => {
    const at = (r.at - across.offset) / across.scale;
    const mid = ((r.from + r.to) / 2 - along.offset) / along.scale;
    return at > 0 && at < size[0] && mid > 0 && mid < size[1];
  };
  const toRef = (r: RefRule, across: Axis, along: Axis): RefRule => ({
    at: (r.at - across.offset) / across.scale,
    from: (r.from - along.offset) / along.scale,
    to: (r.to - along.offset) / along.scale,
  });
  const unit: Axis = { scale: 1, offset: 0 };
  let total = 0;
  let explained = 0;
  for (const p of pageH.filter((r) => inFrame(r, fit.y, fit.x, [h, w]))) {
    const q = toRef(p, fit.y, fit.x);
    total += q.to - q.from;
    explained += overlap(q, refH, unit, unit, NEAR);
  }
  for (const p of pageV.filter((r) => inFrame(r, fit.x, fit.y, [w, h]))) {
    const q = toRef(p, fit.x, fit.y);
    total += q.to - q.from;
    explained += overlap(q, refV, unit, unit, NEAR);
  }
  return total > 0 ? explained / total : 0;
}

const length = (rules: RefRule[]) => rules.reduce((s, r) => s + r.to - r.from, 0);

/**
 * Scales and offsets that put many of the reference's line positions on the page's, best first. Each pair of a
 * reference line and a page line of about the right length votes for the offset it implies at each scale.
 */
function axisCandidates(ref: RefRule[], page: RefRule[]): Candidate[] {
  const out: Candidate[] = [];
  const bins = new Float64Array(1201);
  for (let scale = SCALES[0]; scale <= SCALES[1] + 1e-9; scale += SCALE_STEP) {
    bins.fill(0);
    for (const r of ref) {
      const len = (r.to - r.from) * scale;
      for (const p of page) {
        const plen = p.to - p.from;
        // A page line may be several rules run together, or part of one: lengths need only be alike.
        if (plen < 0.5 * len || plen > 3 * len) continue;
        const bin = Math.round(p.at - scale * r.at) + 600;
        if (bin >= 1 && bin < 1200) bins[bin] += Math.min(len, plen);
      }
    }
    for (let b = 1; b < 1200; b++) {
      const votes = bins[b - 1] + bins[b] + bins[b + 1];
      if (votes > 0 && bins[b] >= bins[b - 1] && bins[b] >= bins[b + 1]) out.push({ scale, offset: b - 600, votes });
    }
  }
  out.sort((a, b) => b.votes - a.votes);
  // The few best, not all near one another (one peak is found at many neighbouring scales).
  const kept: Candidate[] = [];
  for (const c of out) {
    if (kept.some((k) => Math.abs(k.scale - c.scale) < 0.01 && Math.abs(k.offset - c.offset) < 4)) continue;
    kept.push(c);
    if (kept.length === 6) break;
  }
  return kept;
}

/** How much of the reference's drawing, by length, lies on page lines where the fit puts it. */
function coverage(refH: RefRule[], refV: RefRule[], pageH: RefRule[], pageV: RefRule[], x: Axis, y: Axis, near: number): number {
  let covered = 0;
  for (const r of refH) covered += overlap(r, pageH, y, x, near);
  for (const r of refV) covered += overlap(r, pageV, x, y, near);
  return covered;
}

/** The reference length of `r` that page lines cover, `across` fitting its position and `along` its extent. */
function overlap(r: RefRule, page: RefRule[], across: Axis, along: Axis, near: number): number {
  const at = across.scale * r.at + across.offset;
  const from = along.scale * r.from + along.offset;
  const to = along.scale * r.to + along.offset;
  let covered = 0;
  for (const p of page) {
    if (Math.abs(p.at - at) > near) continue;
    covered += Math.max(0, Math.min(to, p.to) - Math.max(from, p.from));
  }
  return Math.min(covered, to - from) / along.scale;
}

/** Least squares on the lines matched, twice, each time matching within a tighter distance. */
function refine(refH: RefRule[], refV: RefRule[], pageH: RefRule[], pageV: RefRule[], x: Axis, y: Axis): GlobalFit | null {
  let fit = { x, y };
  for (const near of [NEAR + 1, NEAR]) {
    const ny = fitAxis(matchLines(refH, pageH, fit.y, fit.x, near));
    const nx = fitAxis(matchLines(refV, pageV, fit.x, fit.y, near));
    if (!nx || !ny) return null;
    fit = { x: nx, y: ny };
  }
  const off = (m: Match, a: Axis) => (a.scale * m.ref.at + a.offset - m.page.at) ** 2;
  const h = matchLines(refH, pageH, fit.y, fit.x, NEAR);
  const v = matchLines(refV, pageV, fit.x, fit.y, NEAR);
  const sum = h.reduce((s, m) => s + off(m, fit.y), 0) + v.reduce((s, m) => s + off(m, fit.x), 0);
  return { ...fit, residual: Math.sqrt(sum / Math.max(1, h.length + v.length)), kept: [] };
}

type Match = { ref: RefRule; page: RefRule; shared: number };

/** Each reference line with the page line nearest where the fit puts it that shares a good part of its extent. */
function matchLines(ref: RefRule[], page: RefRule[], across: Axis, along: Axis, near: number): Match[] {
  const out: Match[] = [];
  for (const r of ref) {
    const at = across.scale * r.at + across.offset;
    const from = along.scale * r.from + along.offset;
    const to = along.scale * r.to + along.offset;
    let best: Match | null = null;
    for (const p of page) {
      if (Math.abs(p.at - at) > near) continue;
      const shared = Math.min(to, p.to) - Math.max(from, p.from);
      if (shared > 0.3 * (to - from) && (!best || Math.abs(p.at - at) < Math.abs(best.page.at - at))) best = { ref: r, page: p, shared };
    }
    if (best) out.push(best);
  }
  return out;
}

function fitAxis(matches: Match[]): Axis | null {
  const w = matches.reduce((s, m) => s + m.shared, 0);
  if (matches.length < 3 || w <= 0) return null;
  const mr = matches.reduce((s, m) => s + m.shared * m.ref.at, 0) / w;
  const mp = matches.reduce((s, m) => s + m.shared * m.page.at, 0) / w;
  let sxx = 0;
  let sxy = 0;
  for (const m of matches) {
    sxx += m.shared * (m.ref.at - mr) ** 2;
    sxy += m.shared * (m.ref.at - mr) * (m.page.at - mp);
  }
  if (sxx <= 0) return null;
  const scale = sxy / sxx;
  return { scale, offset: mp - scale * mr };
}

/**
 * Where the form's rules cross, on the reference and on the page: point pairs for the map's local correction (a
 * scan stretched unevenly by the feeder, a section an agency drew a little lower).
 */
function crossings(refH: RefRule[], refV: RefRule[], pageH: RefRule[], pageV: RefRule[], fit: GlobalFit): Pair[] {
  const h = matchLines(refH, pageH, fit.y, fit.x, NEAR);
  const v = matchLines(refV, pageV, fit.x, fit.y, NEAR);
  const out: Pair[] = [];
  for (const mh of h) {
    for (const mv of v) {
      const [rh, rv] = [mh.ref, mv.ref];
      if (rv.at < rh.from - 1 || rv.at > rh.to + 1 || rh.at < rv.from - 1 || rh.at > rv.to + 1) continue;
      out.push({ ref: [rv.at, rh.at], page: [mv.page.at, mh.page.at] });
    }
  }
  return out;
}
