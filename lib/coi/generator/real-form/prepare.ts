import type { CertificateDescription } from "../description";
import type { Edition } from "./blanks";

// A description made to say what the real form will show, before it is printed: what is printed and what the truth
// says must come from the same description. The real form has one box of each kind (one extra limit line per row,
// two spare coverage lines, one other-coverage row with three limits) and prints its edition in its footer.

/** The 2025/12 blank arrives signed: a drawn signature and the initials "AJK" typed in AUTHORIZED REPRESENTATIVE. */
export const BLANK_2025_SIGNATURE = "AJK";

export function forRealForm(source: CertificateDescription, edition: Edition, { remarksPage = false } = {}): CertificateDescription {
  const desc = structuredClone(source);
  desc.form_edition = `ACORD 25 (${edition})`;
  const ops = desc.description_of_operations;
  if (!remarksPage && ops.continuation) {
    // No page 2: the whole description goes in the box on page 1, as agencies do when it fits.
    ops.text = [ops.text, ops.continuation].filter(Boolean).join("\n");
    ops.continuation = null;
  }
  const c = desc.coverages;
  if (c.commercial_general_liability) {
    c.commercial_general_liability.additional_limits = c.commercial_general_liability.additional_limits.slice(0, 1);
    c.commercial_general_liability.other_coverages = c.commercial_general_liability.other_coverages.slice(0, 2);
  }
  if (c.automobile_liability) {
    c.automobile_liability.additional_limits = c.automobile_liability.additional_limits.slice(0, 1);
    c.automobile_liability.other_covered_autos = c.automobile_liability.other_covered_autos.slice(0, 2);
  }
  if (c.umbrella_liability) c.umbrella_liability.additional_limits = c.umbrella_liability.additional_limits.slice(0, 1);
  if (c.other) c.other = c.other.slice(0, 1).map((o) => ({ ...o, limits: Object.fromEntries(Object.entries(o.limits).slice(0, 3)) }));
  if (edition === "2025/12") {
    desc.authorized_representative = BLANK_2025_SIGNATURE;
    desc.signature_image = false;
  }
  return desc;
}

/** Values that are choices, not printed text: the form shows them as ticked boxes. */
const CHOICES = new Set(["aggregate_limit_applies_per", "policy_type"]);

/** Every printed string in capitals, as many agency systems print; the truth is what is printed. */
export function upperCased(desc: CertificateDescription): CertificateDescription {
  const upper = (v: unknown): unknown =>
    typeof v === "string" ? v.toUpperCase()
    : Array.isArray(v) ? v.map(upper)
    : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, CHOICES.has(k) ? x : upper(x)]))
    : v;
  const { format, ...rest } = desc;
  const out = { ...(upper(rest) as Omit<CertificateDescription, "format">), format };
  // The other-coverage row prints its limits' keys as their labels: those are printed text too.
  out.coverages.other = out.coverages.other?.map((o) => ({ ...o, limits: Object.fromEntries(Object.entries(o.limits).map(([k, v]) => [k.toUpperCase(), v])) }));
  if (!desc.coverages.other) delete out.coverages.other;
  return out;
}
