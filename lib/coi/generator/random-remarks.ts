import type { CertificateDescription } from "./description";
import { pick, type Rng } from "./print-random";

// DESCRIPTION OF OPERATIONS in the phrasings agencies use, with the truth: who is additional insured, whether a
// waiver of subrogation and primary/non-contributory wording appear. Optionally continued on page 2.

const OTHERS = ["Baker & Ng Development Co.", "O'Hara Family Trust", "Société Générale de Travaux", "Riverside Property Management, LLC"];

export function remarksFor(rng: Rng, holder: string, pageTwo: boolean): CertificateDescription["description_of_operations"] {
  const other = pick(rng, OTHERS.filter((o) => o !== holder));
  // The name a requirement lists is the entity's: "X, LLC and its Subsidiaries and Affiliates" names X, LLC (the
  // reader's documented reading, lib/coi/README.md).
  const clean = (n: string) => n.replace(/,?\s+(and|&)\s+its\s+(subsidiaries|affiliates)\b.*$/i, "").replace(/[\s.,;:]+$/, "");
  const [aiText, names] = pick(rng, [
    [`${holder} is included as additional insured with respect to general liability when required by written contract.`, [holder]],
    [`Additional Insured: ${holder.endsWith(".") ? holder : `${holder}.`}`, [holder]],
    [`The following are named as additional insureds: ${holder}; ${other}.`, [holder, other]],
    ["The certificate holder is included as an additional insured where required by written contract.", [holder]],
    [`Re: Project #${Math.floor(rng() * 900) + 100}, all operations of the named insured.`, []],
  ] as [string, string[]][]);
  const waiver = rng() < 0.5;
  const primary = rng() < 0.4;
  const extra = [
    waiver ? "Waiver of subrogation applies in favor of the certificate holder where permitted by law." : "",
    primary ? "Coverage is primary and non-contributory." : "",
  ].filter(Boolean);
  const all = [aiText, ...extra];
  // Page 2 takes the second half of the sentences, each on its own line, as a schedule lists them.
  const cut = pageTwo ? Math.max(1, Math.ceil(all.length / 2)) : all.length;
  return {
    text: all.slice(0, cut).join(" "),
    continuation: pageTwo ? (all.slice(cut).join("\n") || "Location: all job sites of the named insured.") : null,
    additional_insured_names: [...new Set(names.map(clean))],
    waiver_of_subrogation: waiver,
    primary_non_contributory: primary,
  };
}
