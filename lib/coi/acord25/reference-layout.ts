import { firstPageBase, type Label, type PageLayout, type Slot } from "../generator/layout";
import { otherRowAndBottom, remarksPage } from "../generator/layout-bottom";
import { coveragesGrid } from "../generator/layout-grid";
import { labelKey } from "../pdf/text-runs";

// The ACORD 25 page as the flattened reader expects it: the printed labels, and the box each field's value sits in.
// It is the generator's drawing, which follows the form's proportions; a printed certificate is matched to it
// through its labels (shift, scale), never by trusting absolute coordinates.

export type RefLabel = Label & { key: string; unique: boolean };
export type RefPage = { labels: RefLabel[]; slots: Slot[]; section: (y: number) => Section };
export type Section = "top" | "grid" | "bottom";

function refPage(layout: PageLayout, section: RefPage["section"]): RefPage {
  const labels = layout.labels.filter((l) => l.text.trim() !== "");
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(labelKey(l.text), (counts.get(labelKey(l.text)) ?? 0) + 1);
  return {
    labels: labels.map((l) => {
      const key = labelKey(l.text);
      // A label seen several times (EACH OCCURRENCE, $) cannot tell where it is on its own; "$" carries nothing.
      return { ...l, key, unique: counts.get(key) === 1 && key.length >= 3 };
    }),
    slots: layout.slots,
    section,
  };
}

let cached: { first: RefPage; remarks: RefPage } | undefined;

export function referenceLayout(): { first: RefPage; remarks: RefPage } {
  if (cached) return cached;
  const first = firstPageBase();
  coveragesGrid(first);
  otherRowAndBottom(first);
  cached = {
    // Sections are fitted separately, so a printing whose grid sits a little apart from its header still reads.
    first: refPage(first, (y) => (y >= 586 ? "top" : y >= 316 ? "grid" : "bottom")),
    remarks: refPage(remarksPage("", ""), () => "top"),
  };
  return cached;
}
