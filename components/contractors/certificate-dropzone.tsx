"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useDropzone } from "react-dropzone";
import { SELECTORS } from "@/lib/constants/selectors";
import type { CertificateStatus } from "@/lib/schemas/enums";
import { uploadCertificate } from "@/lib/upload/upload-certificate";
import { StatusBadge } from "../ui/status-badge";

type Upload = {
  key: number;
  name: string;
  size: number;
  state: "queued" | "uploading" | "stored" | "refused";
  progress: number;
  certificateId?: string;
  message?: string;
};

const PARALLEL_UPLOADS = 2;

/**
 * Takes any files, several at once: the API is the judge of what is acceptable (extension, type, size, %PDF), so
 * a refused file shows the API's message while the rest of the batch carries on.
 */
type Props = {
  contractorId: string;
  /** The certificate's current status from the polled list, once the API has stored it. */
  liveStatus: (id: string) => CertificateStatus | undefined;
  onStored: (id: string) => void;
};

export function CertificateDropzone({ contractorId, liveStatus, onStored }: Props) {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(0);
  const update = (key: number, patch: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const onDrop = useCallback(
    (files: File[]) => {
      const batch = files.map((file) => ({ file, key: nextKey.current++ }));
      setUploads((list) => [...batch.map(({ file, key }) => ({ key, name: file.name, size: file.size, state: "queued" as const, progress: 0 })), ...list]);
      const queue = [...batch];
      const worker = async () => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          const { file, key } = item;
          update(key, { state: "uploading" });
          const outcome = await uploadCertificate(contractorId, file, (progress) => update(key, { progress }));
          if (outcome.ok) {
            update(key, { state: "stored", progress: 1, certificateId: outcome.certificate.id });
            onStored(outcome.certificate.id);
            void queryClient.invalidateQueries({ queryKey: ["certificates", contractorId] });
            void queryClient.invalidateQueries({ queryKey: ["contractor", contractorId] });
          } else {
            update(key, { state: "refused", message: outcome.message });
          }
        }
      };
      void Promise.all(Array.from({ length: PARALLEL_UPLOADS }, worker));
    },
    [contractorId, queryClient, onStored],
  );

  const { getRootProps, getInputProps, isDragActive } = useDropzone({ onDrop, multiple: true, noClick: false });

  return (
    <div className="space-y-3">
      <div
        {...getRootProps({
          "aria-label": "Upload certificates: drop PDF files here, or press Enter to choose files",
          className: `flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed p-8 text-center focus:outline-none focus-visible:ring-2 focus-visible:ring-brand ${
            isDragActive ? "border-brand bg-blue-50" : "border-slate-400 bg-white hover:bg-slate-50"
          }`,
        })}
        data-testid={SELECTORS.dropzone}
      >
        <input {...getInputProps({ "aria-label": "Certificate files" })} />
        <p className="font-medium text-slate-900">{isDragActive ? "Drop to upload" : "Drop certificate PDFs here, or click to choose"}</p>
        <p className="mt-1 text-sm text-slate-700">Several at once; up to 15 MB each. Each one is read in about a second.</p>
      </div>
      {uploads.length > 0 && (
        <ul aria-label="Uploads" aria-live="polite" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {uploads.map((u) => (
            <UploadRow key={u.key} upload={u} status={u.certificateId ? (liveStatus(u.certificateId) ?? "pending") : undefined} />
          ))}
        </ul>
      )}
    </div>
  );
}

function UploadRow({ upload, status }: { upload: Upload; status?: CertificateStatus }) {
  return (
    <li data-testid={SELECTORS.uploadRow} data-state={upload.state} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
      <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{upload.name}</span>
      <span className="text-xs text-slate-700">{(upload.size / 1024).toFixed(0)} KB</span>
      {upload.state === "queued" && <span className="text-slate-700">Waiting…</span>}
      {upload.state === "uploading" && (
        <progress max={1} value={upload.progress} aria-label={`Uploading ${upload.name}`} className="h-2 w-32">
          {Math.round(upload.progress * 100)}%
        </progress>
      )}
      {upload.state === "stored" && status && <StatusBadge status={status} />}
      {upload.state === "refused" && (
        <span role="alert" className="w-full text-red-800 sm:w-auto">
          Refused: {upload.message}
        </span>
      )}
    </li>
  );
}
