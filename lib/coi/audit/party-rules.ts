import { contractorNameCandidates, insuredMatchesContractor, namesMatch, type ContractorNames } from "../names";
import type { ParsedCertificate } from "../parsed-certificate";
import { fail, listNames, lowConfidence, pass, quote, reviewRequest, why, type AuditContext, type AuditOutcome } from "./context";

// Rules on who the certificate names: additional insureds, certificate holder, insured, and the signature.
// Names compare equal after normalisation (names.ts), never by substring.

export const ADDITIONAL_INSURED = { path: "description_of_operations.additional_insured_names", name: "Additional Insured Check" };
export const CERTIFICATE_HOLDER = { path: "certificate_holder.name", name: "Certificate Holder Check" };
export const INSURED_NAME = { path: "insured.name", name: "Insured Name Check" };
export const SIGNATURE = { path: "description_of_operations.signature", name: "Signature Check" };

function review(rule: { path: string; name: string }, what: string, confidence: number, required: string, ctx: AuditContext): AuditOutcome {
  const pct = Math.round(confidence * 100);
  return fail(rule.path, rule.name, `${what} could not be read with confidence (${pct}%)${why(ctx, rule.path)}. ${required} ${reviewRequest}`);
}

export function additionalInsuredOutcome(parsed: ParsedCertificate, required: string[], ctx: AuditContext): AuditOutcome {
  const { path, name } = ADDITIONAL_INSURED;
  const found = parsed.description_of_operations.additional_insured_names;
  const requirement = `Required additional insureds: ${listNames(required)}.`;
  const confidence = lowConfidence(ctx, path);
  if (confidence !== null) return review(ADDITIONAL_INSURED, "The additional insureds in the description of operations", confidence, requirement, ctx);
  const missing = required.filter((r) => !found.some((f) => namesMatch(f, r)));
  if (missing.length === 0) {
    return pass(path, name, `Rule for additional insureds was checked. The certificate names ${listNames(required)} as additional insured, as required (found: ${listNames(found)}).`);
  }
  return fail(path, name, `Rule for additional insureds failed. The certificate does not name ${listNames(missing)} as additional insured. Additional insureds found in the description of operations: ${listNames(found)}. ${requirement}`);
}

export function certificateHolderOutcome(parsed: ParsedCertificate, required: string, ctx: AuditContext): AuditOutcome {
  const { path, name } = CERTIFICATE_HOLDER;
  const holder = parsed.certificate_holder.name;
  const requirement = `The certificate holder must be ${quote(required)}.`;
  const confidence = lowConfidence(ctx, path);
  if (confidence !== null) return review(CERTIFICATE_HOLDER, "The certificate holder", confidence, requirement, ctx);
  if (!holder) return fail(path, name, `No certificate holder is printed on the certificate. ${requirement}`);
  return namesMatch(holder, required)
    ? pass(path, name, `The certificate holder is ${quote(holder)}, which matches the required ${quote(required)}.`)
    : fail(path, name, `The certificate holder is ${quote(holder)}, which does not match the required ${quote(required)}.`);
}

export function insuredNameOutcome(parsed: ParsedCertificate, contractor: ContractorNames, ctx: AuditContext): AuditOutcome {
  const { path, name } = INSURED_NAME;
  const insured = parsed.insured.name;
  const candidates = contractorNameCandidates(contractor);
  const expected =
    candidates.length === 0 ? "the contractor's name" : `the contractor's name or company: ${candidates.map(quote).join(" or ")}`;
  const requirement = `The insured must match ${expected}.`;
  const confidence = lowConfidence(ctx, path);
  if (confidence !== null) return review(INSURED_NAME, "The insured's name", confidence, requirement, ctx);
  if (candidates.length === 0) {
    return fail(path, name, `The contractor has no name or company name on file to compare with the insured ${insured ? quote(insured) : "(none printed)"}. ${requirement}`);
  }
  if (!insured) return fail(path, name, `No insured is printed on the certificate. ${requirement}`);
  return insuredMatchesContractor(insured, contractor)
    ? pass(path, name, `The insured on the certificate is ${quote(insured)}, which matches ${expected}.`)
    : fail(path, name, `The insured on the certificate is ${quote(insured)}, which does not match ${expected}.`);
}

export function signatureOutcome(parsed: ParsedCertificate, ctx: AuditContext): AuditOutcome {
  const { path, name } = SIGNATURE;
  const confidence = lowConfidence(ctx, path);
  const requirement = "A signature by an authorized representative is required.";
  if (confidence !== null) return review(SIGNATURE, "The authorized representative's signature", confidence, requirement, ctx);
  return parsed.description_of_operations.signature
    ? pass(path, name, "The certificate is signed by an authorized representative, as required.")
    : fail(path, name, `The certificate is not signed: the authorized representative box is empty. ${requirement}`);
}
