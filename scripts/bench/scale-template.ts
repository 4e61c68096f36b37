// What every seeded certificate of the scale seed carries: a generated ACORD 25, its real reading (parsed JSON,
// sources, confidence) and the rules a real evaluation produces, with the messages a pass and a failure print.
import { generateCertificatePdf, sampleCertificate } from "../../lib/coi/generator";
import { evaluateCertificate } from "../../lib/coi/evaluate";
import { readCertificate } from "../../lib/coi/read-certificate";
import type { InsuranceRules } from "../../lib/coi/rules";

export const SCALE_RULES: InsuranceRules = {
  coverages: {
    commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 } },
    workers_compensation: { required: true },
  },
  min_days_until_expiration: 30,
  certificate_holder_name: "Client Corp Inc.",
  signature_required: true,
};

// The same requirement with higher limits: the rules a flagged certificate fails, with their real messages.
const STRICTER: InsuranceRules = {
  ...SCALE_RULES,
  coverages: {
    ...SCALE_RULES.coverages,
    commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 2_000_000, general_aggregate_dollars: 3_000_000 } },
  },
};

export type ScaleOutcome = { position: number; rule_path: string | null; rule_name: string | null; pass_message: string | null; fail_message: string | null };
export type ScaleTemplate = {
  /** The generated PDF itself, stored once and shared by every seeded certificate. */
  pdf: Uint8Array;
  shape: string;
  parsed: unknown;
  sources: unknown;
  confidence: unknown;
  outcomes: ScaleOutcome[];
};

export async function buildScaleTemplate(now = new Date()): Promise<ScaleTemplate> {
  const description = sampleCertificate({ now });
  const pdf = await generateCertificatePdf(description, { mode: "fillable" });
  const read = await readCertificate(pdf);
  const contractor = { company_name: description.insured.name, first_name: null, last_name: null };
  const evaluate = (rules: InsuranceRules) => evaluateCertificate({ parsed: read.parsed, rules, confidence: read.confidence, contractor, now });
  const passing = evaluate(SCALE_RULES);
  const failing = evaluate(STRICTER);
  return {
    pdf,
    shape: read.shape,
    parsed: read.parsed,
    sources: read.sources,
    confidence: read.confidence,
    outcomes: passing.map((o, position) => ({
      position,
      rule_path: o.rule_path,
      rule_name: o.rule_name,
      pass_message: o.message,
      fail_message: failing[position]?.result === "fail" ? failing[position].message : null,
    })),
  };
}
