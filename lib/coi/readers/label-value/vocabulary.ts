import { norm, PhraseBook } from "./phrases";

// The words carriers' and platforms' own layouts use for the ACORD 25 sections and for coverage names. Headings
// are whole runs ("GENERAL LIABILITY", "Certificate Holder:"); a coverage name in a table's first column may carry
// more words ("Commercial General Liability - Occurrence"), so there it is looked for inside the text.

export type CoverageKey = "gl" | "auto" | "umbrella" | "wc" | "other";
export type Party = "producer" | "insured" | "holder";
export type Section = "top" | Party | "insurers" | CoverageKey | "coverages" | "description" | "additional" | "signature" | "ignore";

export const isCoverage = (s: Section | null): s is CoverageKey =>
  s === "gl" || s === "auto" || s === "umbrella" || s === "wc" || s === "other";

const COVERAGE_NAMES: [string, CoverageKey][] = [
  ["[commercial] (general|gen|genl) (liability|liab)", "gl"],
  ["(cgl|commercial general|business liability)", "gl"],
  ["(auto|automobile|business auto|commercial auto|vehicle) [liability|liab]", "auto"],
  ["hired [&|and] non owned [auto|autos]", "auto"],
  ["(umbrella|excess|umbrella excess|excess umbrella) [liability|liab]", "umbrella"],
  ["(workers|workmens|worker s) (compensation|comp) [employers liability|employer liability|el]", "wc"],
  ["(workers|workmens|worker s) (compensation|comp) (and|&) (employers|employer) [liability|liab]", "wc"],
  ["(wc|employers liability)", "wc"],
  ["(professional|technology|tech|media|liquor|pollution|cyber|garage|fiduciary|crime|fidelity) [liability|liab]", "other"],
  ["(errors (&|and) omissions|e & o|e&o|directors (&|and) officers|d & o|employment practices|epli)", "other"],
  ["(inland marine|contractors equipment|builders risk|installation floater|tools (&|and) equipment|commercial property)", "other"],
];
const COVERAGES = new PhraseBook(COVERAGE_NAMES);

/** Words a heading may add around a coverage name: "General Liability Coverage", "Section 2 - Auto Liability". */
const AROUND = /^(?:(?:section|part|coverage|policy|line)\s+(?:\d+|[a-z])?\s*)|(?:\s+(?:insurance|coverage|coverages|policy|occurrence|claims made|details|information))+$/g;

const HEADINGS = new PhraseBook<Section>([
  ["(producer|agency|agent|broker|insurance (agency|broker|agent)|agent broker|producer agency|your agent)", "producer"],
  ["(insured|named insured|named insureds|first named insured|policyholder|policy holder|insured name|name of insured|insured information|insured business|business name)", "insured"],
  ["(insurers|insurer s|insurer|carrier|carriers|insurance company|insurance companies) [affording coverage|information]", "insurers"],
  ["insurer s affording coverage [naic #]", "insurers"],
  ["(coverages|coverage|coverage summary|coverage details|coverage information|insurance coverage|insurance coverages|policy information|policy details|schedule of coverage|schedule of coverages|policies)", "coverages"],
  ["(remarks|special provisions|additional information|additional remarks|notes|comments|special conditions|endorsements)", "description"],
  ["(additional insured|additional insureds|additional insured s) [information|schedule]", "additional"],
  ["(certificate holder|holder|issued to|certificate issued to|certificate holder information|certificate recipient)", "holder"],
  ["(authorized representative|authorized signature|authorised representative|authorised signature|signature|authorized by)", "signature"],
  ["(cancellation|cancellation notice|notice of cancellation|important|disclaimer)", "ignore"],
]);

/** The section a heading run opens, or null when the run is not a heading. */
export function headingOf(text: string): Section | null {
  const t = norm(text);
  if (/^(description of operations|description of locations|description)\b/.test(t)) return "description";
  return HEADINGS.get(t) ?? coverageHeading(t);
}

function coverageHeading(t: string): CoverageKey | null {
  const bare = t.replace(AROUND, "").trim();
  return COVERAGES.get(bare) ?? COVERAGES.get(t) ?? null;
}

/** The first coverage named anywhere in the text (a table's first column), with the words that named it. */
export function coverageIn(text: string): { coverage: CoverageKey; name: string } | null {
  const words = norm(text).split(" ");
  for (let i = 0; i < words.length; i++) {
    for (let k = Math.min(COVERAGES.maxWords, words.length - i); k >= 1; k--) {
      const phrase = words.slice(i, i + k).join(" ");
      const coverage = COVERAGES.get(phrase);
      if (coverage) return { coverage, name: text.trim() };
    }
  }
  return null;
}
