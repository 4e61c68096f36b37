import { getReaderPool } from "./reader-pool";

/** Starts the reader threads at once (each loads tsx, the reader and pdf.js: ≈ 1–2 s), not on the first upload. */
export async function warmUpReader(): Promise<void> {
  await getReaderPool().warmUp();
}
