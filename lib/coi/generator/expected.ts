import type { ParsedCertificate } from "../parsed-certificate";
import type { CertificateDescription } from "./description";

// The truth a perfect reader returns for a generated certificate. It follows the contract's reading rules rather
// than the reader's code: blanks are null, a row without policy number or limits is no coverage, ADDL INSD and
// SUBR WVD print as Y/X or N/blank, workers compensation has no ADDL INSD box.

const blankToNull = (s: string | null): string | null => (s === null || s.trim() === "" ? null : s.trim());

function hasAnyAmount(...groups: Array<Record<string, number | null> | { amount_dollars: number | null }[]>): boolean {
  return groups.some((g) =>
    Array.isArray(g) ? g.length > 0 : Object.values(g).some((v) => v !== null),
  );
}

function present(c: { policy_number_string: string | null }, ...limits: Parameters<typeof hasAnyAmount>): boolean {
  return blankToNull(c.policy_number_string) !== null || hasAnyAmount(...limits);
}

export function expectedParsed(desc: CertificateDescription): ParsedCertificate {
  const { description_of_operations: ops, ...withFormat } = structuredClone(desc);
  const rest: Omit<typeof withFormat, "format" | "signature_image"> & { format?: unknown; signature_image?: boolean } = withFormat;
  delete rest.format;
  const signatureImage = rest.signature_image === true;
  delete rest.signature_image;
  const yesNo = (v: boolean | null) => v === true;
  const c = rest.coverages;
  const coverages: ParsedCertificate["coverages"] = {};
  const gl = c.commercial_general_liability;
  if (gl && present(gl, gl.limits, gl.additional_limits)) {
    coverages.commercial_general_liability = {
      ...gl,
      additional_insured: yesNo(gl.additional_insured),
      subrogation_waived: yesNo(gl.subrogation_waived),
    };
  }
  const auto = c.automobile_liability;
  if (auto && present(auto, auto.limits, auto.additional_limits)) {
    coverages.automobile_liability = {
      ...auto,
      additional_insured: yesNo(auto.additional_insured),
      subrogation_waived: yesNo(auto.subrogation_waived),
    };
  }
  const umb = c.umbrella_liability;
  if (umb && present(umb, umb.limits, umb.additional_limits)) {
    coverages.umbrella_liability = {
      ...umb,
      additional_insured: yesNo(umb.additional_insured),
      subrogation_waived: yesNo(umb.subrogation_waived),
    };
  }
  const wc = c.workers_compensation;
  if (wc && present(wc, wc.limits)) {
    coverages.workers_compensation = { ...wc, additional_insured: null, subrogation_waived: yesNo(wc.subrogation_waived) };
  }
  const other = (c.other ?? []).slice(0, 1).filter((o) => present(o, o.limits) || blankToNull(o.description) !== null);
  if (other.length > 0) {
    coverages.other = other.map((o) => ({
      ...o,
      additional_insured: yesNo(o.additional_insured),
      subrogation_waived: yesNo(o.subrogation_waived),
    }));
  }

  const text = [ops.text, ops.continuation].map(blankToNull).filter((t): t is string => t !== null).join("\n") || null;
  return {
    ...rest,
    insurers: rest.insurers.filter((i) => blankToNull(i.name) !== null || blankToNull(i.naic) !== null),
    coverages,
    description_of_operations: {
      text,
      additional_insured_names: ops.additional_insured_names.map((n) => n.trim().replace(/[\s.,;:]+$/, "")),
      signature: blankToNull(rest.authorized_representative) !== null || signatureImage,
      waiver_of_subrogation: ops.waiver_of_subrogation ?? false,
      primary_non_contributory: ops.primary_non_contributory ?? false,
    },
  };
}
