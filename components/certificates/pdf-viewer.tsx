"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { Document, Page, pdfjs } from "react-pdf";
import "react-pdf/dist/Page/AnnotationLayer.css";
import "react-pdf/dist/Page/TextLayer.css";
import { cssRect, pageOutlines } from "@/lib/certificates/outlines";
import { isFieldSource } from "@/lib/certificates/sources";
import { SELECTORS } from "@/lib/constants/selectors";
import type { FieldSource } from "@/lib/coi/parsed-certificate";
import { Button } from "../ui/button";
import { ErrorState, LoadingState } from "../ui/states";
import { PdfOutlines } from "./pdf-outlines";

// The worker is bundled from the exact pdfjs-dist that react-pdf pins and served from our own origin.
pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).toString();

// pdf.js would otherwise compile PDF functions with `new Function`; the dashboard's CSP has no 'unsafe-eval'.
const PDF_OPTIONS = { isEvalSupported: false };

export type PdfViewerProps = {
  url: string;
  highlights: FieldSource[];
  title: string;
  /** Where each value was read (review_results.sources): every one on the shown page is outlined. */
  sources?: Record<string, unknown> | null;
  selectedPath?: string | null;
  /** Clicking an outline selects its field; without this the outlines only name their field. */
  onSelect?: (path: string | null) => void;
};

export default function PdfViewer({ url, highlights, title, sources, selectedPath = null, onSelect }: PdfViewerProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const [pages, setPages] = useState(0);
  const [pageNumber, setPageNumber] = useState(1);
  const [drawnPage, setDrawnPage] = useState(0);
  const [showOutlines, setShowOutlines] = useState(true);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(280, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Selecting a rule or field on another page turns to it (state adjusted while rendering, not in an effect).
  const targetPage = highlights[0]?.page;
  const [followedPage, setFollowedPage] = useState(targetPage);
  if (targetPage !== followedPage) {
    setFollowedPage(targetPage);
    if (targetPage) setPageNumber(targetPage);
  }

  const outlines = useMemo(() => pageOutlines(sources, { page: pageNumber, cssWidth: width }), [sources, pageNumber, width]);
  const hasSources = useMemo(() => Object.values(sources ?? {}).some(isFieldSource), [sources]);
  // Drawn once the page is, so that no frame floats over the loading message.
  const isOutlined = showOutlines && drawnPage === pageNumber && outlines.length > 0;
  const onPage = highlights.filter((h) => h.page === pageNumber);
  return (
    <figure data-testid={SELECTORS.pdfViewer} aria-label={`PDF of ${title}`} className="space-y-2">
      {hasSources && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" data-testid={SELECTORS.pdfOutlineToggle} checked={showOutlines} onChange={(e) => setShowOutlines(e.target.checked)} />
          Show where values were read
          {isOutlined && outlines.some((o) => o.isDoubt) && <span className="text-red-800">(dashed red: not sure, needs review)</span>}
        </label>
      )}
      <div ref={frame} className="relative overflow-hidden rounded border border-slate-300 bg-white">
        <Document
          file={url}
          options={PDF_OPTIONS}
          onLoadSuccess={(doc) => setPages(doc.numPages)}
          loading={<LoadingState label="Loading the PDF…" />}
          error={<ErrorState message="The PDF could not be displayed." />}
        >
          <div className="relative">
            <Page
              pageNumber={pageNumber}
              width={width}
              renderTextLayer={false}
              renderAnnotationLayer={false}
              onRenderSuccess={() => setDrawnPage(pageNumber)}
              loading={<LoadingState label="Rendering page…" />}
            />
            {isOutlined && <PdfOutlines outlines={outlines} selectedPath={selectedPath} onSelect={onSelect} />}
            {onPage.map((h, i) => {
              const r = cssRect(h, width);
              return (
                <div
                  key={i}
                  data-testid={SELECTORS.pdfHighlight}
                  aria-hidden="true"
                  className="pointer-events-none absolute rounded-sm bg-yellow-300/40 ring-2 ring-amber-600"
                  style={{ left: r.left - 2, top: r.top - 2, width: r.width + 4, height: r.height + 4 }}
                />
              );
            })}
          </div>
        </Document>
      </div>
      {pages > 1 && (
        <figcaption className="flex items-center gap-2 text-sm">
          <Button disabled={pageNumber <= 1} onClick={() => setPageNumber((p) => p - 1)}>Previous page</Button>
          <span>Page {pageNumber} of {pages}</span>
          <Button disabled={pageNumber >= pages} onClick={() => setPageNumber((p) => p + 1)}>Next page</Button>
        </figcaption>
      )}
    </figure>
  );
}
