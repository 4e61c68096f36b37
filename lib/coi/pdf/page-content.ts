import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { IDENTITY, intersect, multiply, transformBox, type Box, type Matrix } from "./matrix";
import { classifyPath, type PathShapes } from "./path-shapes";

// What a page paints, from pdf.js's operator list: every glyph with where it lands and whether a person can see it,
// the ruling lines, the opaque rectangles and the images. getTextContent gives none of the visibility: an agency
// system's stale value under a white box, render-mode-3 text and text outside the crop box all read like values
// there. This replays the text and graphics state the way pdf.js's own canvas does (same operators, same maths).

export type Hidden = "invisible" | "white" | "transparent" | "clipped" | "outside" | "covered" | "optional";

export type Glyph = {
  text: string;
  /** Axis-aligned box in points, origin at the crop box's bottom-left, page unrotated; y0 the baseline side. */
  box: Box;
  /** Baseline direction in the unrotated page, degrees counter-clockwise (0: left to right). */
  angle: number;
  size: number;
  font: string;
  order: number;
  isSpace: boolean;
  hidden: Hidden | null;
};

export type Fill = { box: Box; order: number; luminance: number; opaque: boolean };

export type PageContent = {
  glyphs: Glyph[];
  /** Ruling lines: stroked segments and thin filled rectangles, as boxes. */
  rules: Box[];
  fills: Fill[];
  /** Where images are painted, and their size in pixels (a scan's resolution) when pdf.js gives it. */
  images: (Box & { pixels?: [number, number] })[];
  /** Filled non-rectangular paths with curves: glyphs printed as outlines ("Microsoft Print to PDF"). */
  outlinePaths: number;
  /** Boxes of painted paths that are neither rectangles nor ruling lines: check marks, drawn signatures, logos. */
  shapes: Box[];
  /** Glyphs drawn with no character behind them (a font without a Unicode map): text only a picture can give. */
  unmapped: number;
  width: number;
  height: number;
  rotate: number;
};

type FontObject = { name?: string; fontMatrix?: number[]; vertical?: boolean; isType3Font?: boolean };
type PdfGlyph = { unicode: string; width: number; isSpace: boolean };

type State = {
  ctm: Matrix;
  clip: Box;
  fill: { luminance: number; alpha: number; transparent: boolean };
  font: FontObject | null;
  fontName: string;
  fontSize: number;
  fontDirection: number;
  fontMatrix: number[];
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  renderMode: number;
};

const FONT_IDENTITY = [0.001, 0, 0, 0.001, 0, 0];
const PAINT_IMAGE = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Enough for any certificate; a page of glyph outlines has thousands and only their count matters. */
const MAX_SHAPES = 2000;

export type OptionalContent = { isVisible(group: unknown): boolean };

export async function readPageContent(page: PDFPageProxy, optional?: OptionalContent): Promise<PageContent> {
  const list = await page.getOperatorList();
  const [vx, vy, vx1, vy1] = page.view;
  const crop: Box = { x0: 0, y0: 0, x1: vx1 - vx, y1: vy1 - vy };
  const out: PageContent = { glyphs: [], rules: [], fills: [], images: [], outlinePaths: 0, shapes: [], unmapped: 0, width: crop.x1, height: crop.y1, rotate: page.rotate };
  const everywhere: Box = { x0: -1e9, y0: -1e9, x1: 1e9, y1: 1e9 };
  let s: State = {
    ctm: [1, 0, 0, 1, -vx, -vy], clip: everywhere, fill: { luminance: 0, alpha: 1, transparent: false },
    font: null, fontName: "", fontSize: 0, fontDirection: 1, fontMatrix: FONT_IDENTITY, charSpacing: 0, wordSpacing: 0,
    hScale: 1, leading: 0, rise: 0, renderMode: 0,
  };
  const stack: State[] = [];
  const marked: boolean[] = [];
  // Text matrices are not part of the graphics state (BT resets them), so they live outside the stack.
  let textMatrix: Matrix = IDENTITY;
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;
  let pendingClip = false;
  let order = 0;
  const contentVisible = () => marked.every(Boolean);
  const moveText = (dx: number, dy: number) => {
    x = lineX += dx;
    y = lineY += dy;
  };

  const showText = (glyphs: (PdfGlyph | number)[]) => {
    const font = s.font;
    if (!font || s.fontSize === 0) return;
    const size = s.fontSize;
    const hScale = s.hScale * s.fontDirection;
    const advanceScale = size * (s.fontMatrix[0] || 0.001);
    const m = multiply(s.ctm, textMatrix);
    const angle = (Math.atan2(m[1], m[0]) * 180) / Math.PI;
    const scaleY = Math.hypot(m[2], m[3]);
    const hiddenByState = textHidden(s, contentVisible());
    order++;
    let dx = 0;
    for (const g of glyphs) {
      if (typeof g === "number") {
        dx -= (g * size) / 1000;
        continue;
      }
      const spacing = (g.isSpace ? s.wordSpacing : 0) + s.charSpacing;
      const advance = g.width * advanceScale + spacing * s.fontDirection;
      const gx = x + dx * hScale;
      const box = transformBox(m, gx, y + s.rise, gx + g.width * advanceScale * hScale, y + s.rise + size);
      dx += advance;
      if (!g.unicode) {
        if (!hiddenByState) out.unmapped++;
        continue;
      }
      out.glyphs.push({
        text: g.unicode,
        box: { x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1 },
        angle,
        size: size * scaleY,
        font: s.fontName,
        order,
        isSpace: g.isSpace || g.unicode.trim() === "",
        hidden: hiddenByState ?? placementHidden(box, s.clip, crop),
      });
    }
    x += dx * hScale;
  };

  const paintPath = (op: number, data: unknown, minMax: ArrayLike<number> | null) => {
    const bounds = minMax && minMax.length === 4 ? transformBox(s.ctm, minMax[0], minMax[1], minMax[2], minMax[3]) : null;
    if (pendingClip) {
      pendingClip = false;
      if (bounds) s.clip = intersect(s.clip, bounds);
    }
    if (!bounds || !contentVisible()) return;
    const path = Array.isArray(data) ? (data[0] as ArrayLike<number> | null) : null;
    const shapes: PathShapes = path ? classifyPath(path, s.ctm) : { rects: [bounds], segments: [], curved: false, other: false };
    order++;
    if ((shapes.curved || shapes.other) && (FILLS.has(op) || STROKES.has(op)) && out.shapes.length < MAX_SHAPES) out.shapes.push(bounds);
    if (FILLS.has(op)) {
      if (shapes.curved) out.outlinePaths++;
      for (const r of shapes.rects) {
        if (Math.min(r.x1 - r.x0, r.y1 - r.y0) < 1.5) out.rules.push(r);
        else if (!s.fill.transparent) out.fills.push({ box: intersect(r, s.clip), order, luminance: s.fill.luminance, opaque: s.fill.alpha >= 0.9 });
      }
    }
    if (STROKES.has(op)) out.rules.push(...shapes.segments, ...shapes.rects.flatMap(edgesOf));
  };

  const fns = list.fnArray;
  const args = list.argsArray as unknown[][];
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    const a = args[i];
    switch (fn) {
      case OPS.save:
        stack.push({ ...s, fill: { ...s.fill } });
        break;
      case OPS.restore:
        s = stack.pop() ?? s;
        break;
      case OPS.transform:
        s.ctm = multiply(s.ctm, a as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...s, fill: { ...s.fill } });
        const matrix = a?.[0] as Matrix | null;
        if (matrix) s.ctm = multiply(s.ctm, matrix);
        const bbox = a?.[1] as number[] | null;
        if (bbox) s.clip = intersect(s.clip, transformBox(s.ctm, bbox[0], bbox[1], bbox[2], bbox[3]));
        break;
      }
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case OPS.beginMarkedContentProps:
        marked.push(a?.[0] === "OC" && optional ? safeVisible(optional, a[1]) : true);
        break;
      case OPS.beginMarkedContent:
        marked.push(true);
        break;
      case OPS.endMarkedContent:
        marked.pop();
        break;
      case OPS.beginText:
        textMatrix = IDENTITY;
        x = y = lineX = lineY = 0;
        break;
      case OPS.setFont: {
        setFont(s, page, a[0] as string, a[1] as number);
        break;
      }
      case OPS.setTextMatrix:
        textMatrix = (Array.isArray(a[0]) || ArrayBuffer.isView(a[0]) ? Array.from(a[0] as number[]) : a.slice(0, 6)) as Matrix;
        x = y = lineX = lineY = 0;
        break;
      case OPS.moveText:
        moveText(a[0] as number, a[1] as number);
        break;
      case OPS.setLeadingMoveText:
        s.leading = a[1] as number;
        moveText(a[0] as number, a[1] as number);
        break;
      case OPS.nextLine:
        moveText(0, s.leading);
        break;
      case OPS.setLeading:
        s.leading = -(a[0] as number);
        break;
      case OPS.setCharSpacing:
        s.charSpacing = a[0] as number;
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = a[0] as number;
        break;
      case OPS.setHScale:
        s.hScale = (a[0] as number) / 100;
        break;
      case OPS.setTextRise:
        s.rise = a[0] as number;
        break;
      case OPS.setTextRenderingMode:
        s.renderMode = a[0] as number;
        break;
      case OPS.showText:
        showText(a[0] as (PdfGlyph | number)[]);
        break;
      case OPS.setFillRGBColor:
        s.fill = { ...s.fill, luminance: luminanceOf(a[0]), transparent: false };
        break;
      case OPS.setFillTransparent:
        s.fill = { ...s.fill, transparent: true };
        break;
      case OPS.setGState:
        applyGState(s, page, a[0] as [string, unknown][]);
        break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath:
        paintPath(a[0] as number, a[1], a[2] as ArrayLike<number> | null);
        break;
      default:
        if (PAINT_IMAGE.has(fn) && contentVisible()) out.images.push({ ...transformBox(s.ctm, 0, 0, 1, 1), pixels: imagePixels(fn, a) });
    }
  }
  markCovered(out);
  return out;
}

/** An image's size in pixels, from the paint operator's arguments: [id, width, height], or the inline image itself. */
function imagePixels(fn: number, a: unknown[]): [number, number] | undefined {
  if (fn === OPS.paintImageXObject && typeof a[1] === "number" && typeof a[2] === "number") return [a[1], a[2]];
  const inline = a[0] as { width?: unknown; height?: unknown } | undefined;
  if (inline && typeof inline.width === "number" && typeof inline.height === "number") return [inline.width, inline.height];
  return undefined;
}

function setFont(s: State, page: PDFPageProxy, ref: string, size: number) {
  let font: FontObject | null = null;
  try {
    font = page.commonObjs.get(ref) as FontObject;
  } catch {
    font = null;
  }
  s.font = font;
  s.fontMatrix = font?.fontMatrix ?? FONT_IDENTITY;
  s.fontDirection = size < 0 ? -1 : 1;
  s.fontSize = Math.abs(size);
  s.fontName = (font?.name ?? "").replace(/^[A-Z]{6}\+/, "");
}

function applyGState(s: State, page: PDFPageProxy, entries: [string, unknown][] | undefined) {
  for (const [key, value] of entries ?? []) {
    if (key === "ca" && typeof value === "number") s.fill = { ...s.fill, alpha: value };
    else if (key === "Font" && Array.isArray(value)) setFont(s, page, value[0] as string, value[1] as number);
  }
}

function safeVisible(optional: OptionalContent, group: unknown): boolean {
  try {
    return optional.isVisible(group);
  } catch {
    return true;
  }
}

/** `#rrggbb` → perceived lightness 0 (black) … 1 (white). */
function luminanceOf(hex: unknown): number {
  if (typeof hex !== "string" || !/^#[0-9a-f]{6}$/i.test(hex)) return 0;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** Modes 3 (invisible) and 7 (clip only) paint nothing; white or fully transparent fills cannot be seen on paper. */
function textHidden(s: State, visible: boolean): Hidden | null {
  if (!visible) return "optional";
  const mode = s.renderMode & 3;
  if (mode === 3) return "invisible";
  // Stroked-only text (modes 1, 5) shows in the stroke colour, which is not tracked: count it as visible.
  if (mode === 1) return null;
  if (s.fill.transparent || s.fill.alpha < 0.1) return "transparent";
  if (s.fill.luminance > 0.92) return "white";
  return null;
}

function placementHidden(box: Box, clip: Box, crop: Box): Hidden | null {
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  if (cx < crop.x0 || cx > crop.x1 || cy < crop.y0 || cy > crop.y1) return "outside";
  if (cx < clip.x0 || cx > clip.x1 || cy < clip.y0 || cy > clip.y1) return "clipped";
  return null;
}

const edgesOf = (r: Box): Box[] => [
  { x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y0 },
  { x0: r.x0, y0: r.y1, x1: r.x1, y1: r.y1 },
  { x0: r.x0, y0: r.y0, x1: r.x0, y1: r.y1 },
  { x0: r.x1, y0: r.y0, x1: r.x1, y1: r.y1 },
];

/**
 * A glyph under an opaque rectangle painted later is covered (an agency system's white-out of a stale value);
 * white text is visible only on a dark rectangle painted before it (a reversed heading).
 */
function markCovered(page: PageContent) {
  const fills = page.fills.filter((f) => f.opaque);
  if (fills.length === 0) return;
  for (const g of page.glyphs) {
    const b = g.box;
    const gArea = Math.max((b.x1 - b.x0) * (b.y1 - b.y0), 0.01);
    if (g.hidden === null) {
      const cover = fills.find((f) => f.order > g.order && overlapArea(f.box, b) >= 0.6 * gArea);
      if (cover) g.hidden = "covered";
    } else if (g.hidden === "white") {
      const behind = fills.findLast((f) => f.order < g.order && overlapArea(f.box, b) >= 0.6 * gArea);
      if (behind && behind.luminance < 0.6 && !fills.some((f) => f.order > g.order && overlapArea(f.box, b) >= 0.6 * gArea)) g.hidden = null;
    }
  }
}

function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}
