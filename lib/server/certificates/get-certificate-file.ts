import { readStoredFile } from "../../storage";
import { getCertificateOrThrow } from "./get-certificate-or-throw";

export type GetCertificateFileOptions = { organizationId: string; id: string };

export async function getCertificateFile({ organizationId, id }: GetCertificateFileOptions) {
  const cert = await getCertificateOrThrow({ organizationId, id });
  const bytes = await readStoredFile({ kind: cert.storageKind, key: cert.storageKey });
  return { filename: cert.filename, bytes };
}
