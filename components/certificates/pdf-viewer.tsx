"use client";

import { useEffect, useRef, useState } from "react";
import { Document, Page, pdfjs } from "react-pdf";
import "react-pdf/dist/Page/AnnotationLayer.css";
import "react-pdf/dist/Page/TextLayer.css";
import { SELECTORS } from "@/lib/constants/selectors";
import type { FieldSource } from "@/lib/coi/parsed-certificate";
import { Button } from "../ui/button";
import { ErrorState, LoadingState } from "../ui/states";

// The worker is bundled from the exact pdfjs-dist that react-pdf pins and served from our own origin.
pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).toString();

// pdf.js would otherwise compile PDF functions with `new Function`; the dashboard's CSP has no 'unsafe-eval'.
const PDF_OPTIONS = { isEvalSupported: false };

export type PdfViewerProps = { url: string; highlights: FieldSource[]; title: string };

export default function PdfViewer({ url, highlights, title }: PdfViewerProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const [pages, setPages] = useState(0);
  const [pageNumber, setPageNumber] = useState(1);

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

  const onPage = highlights.filter((h) => h.page === pageNumber);
  return (
    <figure data-testid={SELECTORS.pdfViewer} aria-label={`PDF of ${title}`} className="space-y-2">
      <div ref={frame} className="relative overflow-hidden rounded border border-slate-300 bg-white">
        <Document
          file={url}
          options={PDF_OPTIONS}
          onLoadSuccess={(doc) => setPages(doc.numPages)}
          loading={<LoadingState label="Loading the PDF…" />}
          error={<ErrorState message="The PDF could not be displayed." />}
        >
          <div className="relative">
            <Page pageNumber={pageNumber} width={width} renderTextLayer={false} renderAnnotationLayer={false} loading={<LoadingState label="Rendering page…" />} />
            {onPage.map((h, i) => {
              const scale = width / h.page_size[0];
              const [x, y, w, hh] = h.box;
              return (
                <div
                  key={i}
                  data-testid={SELECTORS.pdfHighlight}
                  aria-hidden="true"
                  className="pointer-events-none absolute rounded-sm bg-yellow-300/40 ring-2 ring-amber-600"
                  style={{ left: x * scale - 2, top: (h.page_size[1] - y - hh) * scale - 2, width: w * scale + 4, height: hh * scale + 4 }}
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
