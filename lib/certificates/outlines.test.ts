import { describe, expect, it } from "vitest";
import type { FieldSource } from "../coi/parsed-certificate";
import { cssRect, fieldLabel, outlineTitle, pageOutlines } from "./outlines";

// A letter page drawn 306 px wide (half scale); the box is 100 × 20 pt, 50 pt from the left, 700 pt up.
const src = (over: Partial<FieldSource> & { confidence?: number | null } = {}) => ({ page: 1, box: [50, 700, 100, 20], page_size: [612, 792], ...over }) as FieldSource;

describe("cssRect", () => {
  it("scales to the drawn width and measures from the top", () => {
    expect(cssRect(src(), 306)).toEqual({ left: 25, top: 36, width: 50, height: 10 });
  });

  it("follows the page when the viewer turns it", () => {
    // Turned a quarter clockwise the page is 792 pt wide: the box's top edge (72 pt down) becomes its right side.
    expect(cssRect(src(), 396, 90)).toEqual({ left: 350, top: 25, width: 10, height: 50 });
    expect(cssRect(src(), 306, 180)).toEqual({ left: 231, top: 350, width: 50, height: 10 });
    expect(cssRect(src(), 396, 270)).toEqual({ left: 36, top: 231, width: 10, height: 50 });
  });

  it("keeps a landscape page (a scan stored sideways and shown upright has page_size as displayed)", () => {
    expect(cssRect(src({ page_size: [792, 612], box: [0, 0, 792, 612] }), 396)).toEqual({ left: 0, top: 0, width: 396, height: 306 });
  });
});

describe("pageOutlines", () => {
  const sources = {
    "insured.name": src({ confidence: 0.99 }),
    "coverages.commercial_general_liability.limits.each_occurrence_dollars": src({ box: [500, 480, 60, 9], confidence: 0.6, note: "printed over other text" }),
    "insurers.0.name": src({ page: 2 }),
    "insured.address": src({ box: [50, 600, 200, 40], confidence: null }),
    broken: { page: 1, box: [1, 2, 3, 4], page_size: [0, 0] },
    junk: "not a source",
  };

  it("draws every value read on the page, the doubted ones marked, larger boxes first", () => {
    const outlines = pageOutlines(sources, { page: 1, cssWidth: 612 });
    expect(outlines.map((o) => o.path)).toEqual(["insured.address", "insured.name", "coverages.commercial_general_liability.limits.each_occurrence_dollars"]);
    expect(outlines.map((o) => o.isDoubt)).toEqual([false, false, true]);
    expect(outlines[2]).toMatchObject({ confidence: 0.6, note: "printed over other text", label: "Commercial general liability › Limits › Each occurrence" });
    expect(pageOutlines(sources, { page: 2, cssWidth: 612 }).map((o) => o.label)).toEqual(["Insurers › #1 › Name"]);
    expect(pageOutlines(null, { page: 1, cssWidth: 612 })).toEqual([]);
  });

  it("names the field, and why it needs review", () => {
    const [address, name, limit] = pageOutlines(sources, { page: 1, cssWidth: 612 });
    expect(outlineTitle(name)).toBe("Insured › Name");
    expect(outlineTitle(address)).toBe("Insured › Address");
    expect(outlineTitle(limit)).toBe("Commercial general liability › Limits › Each occurrence: needs review · 60% sure · printed over other text");
    expect(fieldLabel("certificate_date")).toBe("Certificate date");
  });
});
