import { certificateSchema, type CertificateObject } from "../schemas/certificate";

export const UPLOAD_ENDPOINT = "/certificates/upload";

export type UploadOutcome = { ok: true; certificate: CertificateObject } | { ok: false; message: string };

/**
 * Sends one file through the dashboard's upload route (which streams it to the API as the signed-in user).
 * XMLHttpRequest rather than fetch: only it reports upload progress.
 */
export function uploadCertificate(contractorId: string, file: File, onProgress: (fraction: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append("contractor", contractorId);
    form.append("certificate", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", UPLOAD_ENDPOINT);
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => resolve({ ok: false, message: "The upload was interrupted (network error). Try this file again." });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: fall through to the generic message
      }
      if (xhr.status === 201) {
        const parsed = certificateSchema.safeParse(body);
        if (parsed.success) return resolve({ ok: true, certificate: parsed.data });
      }
      const message = (body as { message?: unknown } | null)?.message;
      resolve({ ok: false, message: typeof message === "string" ? message : `The upload failed (HTTP ${xhr.status}).` });
    };
    xhr.send(form);
  });
}
