"use client";

import { outlineTitle, type Outline } from "@/lib/certificates/outlines";
import { SELECTORS } from "@/lib/constants/selectors";

type Props = { outlines: Outline[]; selectedPath: string | null; onSelect?: (path: string | null) => void };

// A thin frame round every value read; a value the reader doubts is dashed red, as it fails its rule for review.
// Clicking one selects its field; the list beside the PDF stays the keyboard's way to do so (the frames are not tab
// stops: a page has sixty of them). Each frame stands 2 px clear of its box so that it never covers the print.
const style = (o: Outline) => (o.isDoubt ? "border-[1.5px] border-dashed border-red-600 bg-red-500/5" : "border border-sky-600/80");
const PAD = 2;

export function PdfOutlines({ outlines, selectedPath, onSelect }: Props) {
  return (
    <div aria-label="Where values were read" role="group" className="absolute inset-0">
      {outlines.map((o) => {
        const props = {
          "data-testid": SELECTORS.pdfOutline,
          "data-path": o.path,
          "data-doubt": String(o.isDoubt),
          title: outlineTitle(o),
          style: { left: o.rect.left - PAD, top: o.rect.top - PAD, width: o.rect.width + 2 * PAD, height: o.rect.height + 2 * PAD },
        };
        const className = `absolute rounded-[1px] ${style(o)}`;
        return onSelect ? (
          <button
            key={o.path}
            type="button"
            tabIndex={-1}
            aria-label={outlineTitle(o)}
            aria-pressed={selectedPath === o.path}
            onClick={() => onSelect(selectedPath === o.path ? null : o.path)}
            className={`${className} cursor-pointer hover:bg-sky-400/25`}
            {...props}
          />
        ) : (
          <span key={o.path} role="img" aria-label={outlineTitle(o)} className={`pointer-events-auto ${className}`} {...props} />
        );
      })}
    </div>
  );
}
