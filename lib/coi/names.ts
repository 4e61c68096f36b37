// Comparing company and person names across a certificate and our records. Equal after normalisation, never a
// substring match: "Client Corp" must not pass for "Client Corp Holdings", which is a different company.

/** Entity suffixes that do not change which company is meant ("Acme LLC" is "Acme, L.L.C."). */
const ENTITY_SUFFIXES = new Set([
  "inc", "incorporated", "llc", "lc", "corp", "corporation", "co", "company", "ltd", "limited",
  "lp", "llp", "lllp", "plc", "pllc", "pc", "pa",
]);

/**
 * The comparable form of a name: accents folded, case and punctuation dropped, `&` read as `and`, a leading
 * "The" and trailing entity suffixes removed ("The Acme Corporation, LLC" → "acme"). Periods and apostrophes join
 * ("L.L.C." → "llc", "O'Brien" → "obrien"); other punctuation separates words.
 */
export function normalizeName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`´.]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  if (words.length > 1 && words[0] === "the") words.shift();
  // Keep at least one word: "The Company" is a name, not nothing.
  while (words.length > 1 && ENTITY_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(" ");
}

export function namesMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const na = normalizeName(a);
  return na !== "" && na === normalizeName(b);
}

/**
 * The names an insured line stands for: "John Smith DBA Smith Plumbing" is both John Smith and Smith Plumbing;
 * "Smith, John" is also John Smith.
 */
export function insuredNameVariants(insured: string): string[] {
  const parts = insured
    .split(/\s+(?:dba|d\/b\/a|d\.b\.a\.?|doing business as|t\/a|trading as)\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const variants = [...parts];
  for (const part of parts) {
    const m = /^([^,]+),\s*([^,]+)$/.exec(part);
    if (m && !ENTITY_SUFFIXES.has(normalizeName(m[2]))) variants.push(`${m[2]} ${m[1]}`);
  }
  return variants;
}

export type ContractorNames = { first_name: string | null; last_name: string | null; company_name: string | null };

/** The names a contractor may appear under as the insured: their company and their personal name. */
export function contractorNameCandidates(c: ContractorNames): string[] {
  const person = [c.first_name, c.last_name].map((s) => s?.trim()).filter(Boolean).join(" ");
  return [c.company_name?.trim() ?? "", person].filter((s) => s !== "");
}

export function insuredMatchesContractor(insured: string | null, contractor: ContractorNames): boolean {
  if (!insured) return false;
  const candidates = contractorNameCandidates(contractor);
  return insuredNameVariants(insured).some((variant) => candidates.some((c) => namesMatch(variant, c)));
}
