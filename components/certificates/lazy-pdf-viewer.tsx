"use client";

import dynamic from "next/dynamic";
import { LoadingState } from "../ui/states";

// pdf.js touches browser-only APIs at import time, so the viewer never renders on the server.
export const LazyPdfViewer = dynamic(() => import("./pdf-viewer"), { ssr: false, loading: () => <LoadingState label="Loading the PDF viewer…" /> });
