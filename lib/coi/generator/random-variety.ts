import type { CertificateDescription } from "./description";
import { pick, type Rng } from "./print-random";

// What real certificates have and the first random corpus lacked (ACORD25.md, ../shared/certificates/real): names
// too long for one line ("… DBA: …"), second address lines, an insurer with no NAIC, the same insurer listed under
// two letters. Opt-in, so the seeds of existing corpora keep drawing the certificates they always drew.

const LONG_INSUREDS = [
  "Fernando A. Hernandez Arevalo DBA: Hernandez Construction",
  "Sain Gonzalez-Martinez DBA Sainz Construction",
  "Northern California Commercial Roofing & Waterproofing Specialists, Inc.",
  "The Riverside Mechanical, Electrical and Plumbing Contractors Group LLC",
  "Oakridge Landscape Architecture & Environmental Design Services Corp.",
];
const LONG_HOLDERS = [
  "Riverside Property Management, LLC and its Subsidiaries and Affiliates",
  "Board of Education of the City School District of the City of New York",
  "Metropolitan Transportation Authority Capital Construction Company",
];
const LONG_AGENCIES = ["USI Insurance Services, LLC/CL - Coral Gables Commercial Lines", "Brown & Riding Insurance Services of Southern California, Inc."];
const SECOND_LINES = ["Building 4, Unit 12", "PO Box 1180", "Attn: Risk Management Department", "Floor 22", "Suite 300-B"];

const chance = (rng: Rng, p: number) => rng() < p;

/** Applied before the remarks are written, so remarks that name the holder name the holder printed. */
export function addVariety(d: CertificateDescription, rng: Rng) {
  if (chance(rng, 0.25)) d.insured.name = pick(rng, LONG_INSUREDS);
  if (chance(rng, 0.15)) d.certificate_holder.name = pick(rng, LONG_HOLDERS);
  if (chance(rng, 0.1)) d.producer.name = pick(rng, LONG_AGENCIES);
  for (const a of [d.producer.address, d.insured.address, d.certificate_holder.address]) {
    if (!a.line2 && chance(rng, 0.2)) a.line2 = pick(rng, SECOND_LINES);
  }
  for (const insurer of d.insurers) if (chance(rng, 0.12)) insurer.naic = null;
  if (d.insurers.length < 6 && chance(rng, 0.1)) {
    const letter = "ABCDEF"[d.insurers.length] as "A";
    d.insurers.push({ ...d.insurers[0], letter });
    // A row citing the second letter of the same insurer, as the real certificate listing it twice does.
    const wc = d.coverages.workers_compensation;
    if (wc) wc.insurer_letter = letter;
  }
}
