import { COVERAGE_LABELS, LIMIT_KEYS, LIMIT_LABELS, type CoverageKey } from "../keys";
import { dayNumberToUsDate, usDateToDayNumber } from "../normalize";
import type { ParsedCertificate } from "../parsed-certificate";
import type { CoverageRule } from "../rules";
import {
  fail, formatDollars, lowConfidence, pass, reviewRequest, uncertainReading, why,
  type AuditContext, type AuditOutcome,
} from "./context";

// Rules on one coverage, in a fixed order: presence, each limit (in LIMIT_KEYS order), expiration, then the
// additional insured and waiver of subrogation boxes.

type AnyCoverage = NonNullable<ParsedCertificate["coverages"][CoverageKey]>;

export function coverageOutcomes(
  key: CoverageKey, rule: CoverageRule, coverage: AnyCoverage | undefined, ctx: AuditContext,
): AuditOutcome[] {
  const label = COVERAGE_LABELS[key];
  const base = `coverages.${key}`;
  if (!coverage) {
    // Printed in the row but not read: not "missing", a person must look (the reader says what it found there).
    if (rule.required && ctx.notes[base]) {
      return [fail(base, null, `Coverage for ${label} needs manual review. No ${label} policy could be read${why(ctx, base)}, and ${label} coverage is required. ${reviewRequest}`)];
    }
    if (rule.required) {
      return [fail(base, null, `Coverage for ${label} is missing. The certificate does not list a ${label} policy, and ${label} coverage is required.`)];
    }
    if (!hasChecks(rule)) return [];
    return [pass(base, null, `Coverage for ${label} is not on the certificate. It is not required, so its limits and endorsements were not checked.`)];
  }

  const out: AuditOutcome[] = [];
  if (rule.required) {
    const policy = coverage.policy_number_string ? `policy ${coverage.policy_number_string}` : "a policy (no policy number printed)";
    out.push(pass(base, null, `Coverage for ${label} is present. The certificate lists ${policy}, and ${label} coverage is required.`));
  }
  const limits = coverage.limits as Record<string, number | null>;
  const labels = LIMIT_LABELS[key] as Record<string, string>;
  for (const limitKey of LIMIT_KEYS[key]) {
    const required = (rule.limits as Record<string, number | undefined> | undefined)?.[limitKey];
    if (required === undefined) continue;
    out.push(limitOutcome(`${base}.limits.${limitKey}`, label, labels[limitKey], limits[limitKey], required, ctx));
  }
  if (rule.required) out.push(expirationOutcome(`${base}.policy_expiration_date`, label, coverage.policy_expiration_date, ctx));
  if (rule.additional_insured_required) {
    out.push(boxOutcome(`${base}.additional_insured`, label, coverage.additional_insured, "ADDL INSD", "additional insured status", ctx));
  }
  if (rule.subrogation_waiver_required) {
    out.push(boxOutcome(`${base}.subrogation_waived`, label, coverage.subrogation_waived, "SUBR WVD", "a waiver of subrogation", ctx));
  }
  return out;
}

function hasChecks(rule: CoverageRule): boolean {
  return Object.keys(rule.limits ?? {}).length > 0 || !!rule.additional_insured_required || !!rule.subrogation_waiver_required;
}

function limitOutcome(path: string, coverage: string, limit: string, found: number | null, required: number, ctx: AuditContext) {
  const confidence = lowConfidence(ctx, path);
  const req = formatDollars(required);
  if (confidence !== null) {
    const reading = uncertainReading(`The limit for ${limit}`, found === null ? null : formatDollars(found), confidence, why(ctx, path));
    return fail(path, null, `Coverage for ${coverage} needs manual review. ${reading}, so it cannot be confirmed against the required ${req}. ${reviewRequest}`);
  }
  if (found === null) {
    return fail(path, null, `Coverage for ${coverage} is insufficient. The limit for ${limit} is not printed on the certificate; the required limit is ${req}.`);
  }
  return found >= required
    ? pass(path, null, `Coverage for ${coverage} is sufficient. The limit for ${limit} is ${formatDollars(found)}, which meets the required ${req}.`)
    : fail(path, null, `Coverage for ${coverage} is insufficient. The limit for ${limit} is ${formatDollars(found)}, which is below the required ${req}.`);
}

function expirationOutcome(path: string, coverage: string, expiration: string | null, ctx: AuditContext) {
  const minDays = ctx.minDaysUntilExpiration;
  const through = dayNumberToUsDate(ctx.today + minDays);
  const requirement =
    minDays === 0
      ? "A policy that has not expired is required."
      : `A policy in force for at least ${days(minDays)} from today (through ${through}) is required.`;
  const confidence = lowConfidence(ctx, path);
  if (confidence !== null) {
    const reading = uncertainReading("The policy expiration date", expiration, confidence, why(ctx, path));
    return fail(path, null, `Coverage for ${coverage} needs manual review. ${reading}. ${requirement} ${reviewRequest}`);
  }
  const expDay = usDateToDayNumber(expiration);
  if (expiration === null || expDay === null) {
    return fail(path, null, `Coverage for ${coverage} has no policy expiration date printed on the certificate. ${requirement}`);
  }
  const left = expDay - ctx.today;
  if (left < 0) {
    return fail(path, null, `Coverage for ${coverage} has expired 'policy expiration date'. Policy expired on ${expiration}. ${requirement}`);
  }
  const when = left === 0 ? "today" : `in ${days(left)}`;
  if (left < minDays) {
    return fail(path, null, `Coverage for ${coverage} expires too soon 'policy expiration date'. Policy expires on ${expiration}, ${when}. ${requirement}`);
  }
  const meets = minDays === 0 ? "so it has not expired" : `which meets the required ${days(minDays)}`;
  return pass(path, null, `Coverage for ${coverage} is current. Policy expires on ${expiration}, ${when}, ${meets}.`);
}

function days(n: number): string {
  return n === 1 ? "1 day" : `${n} days`;
}

function boxOutcome(path: string, coverage: string, value: boolean | null, box: string, what: string, ctx: AuditContext) {
  const confidence = lowConfidence(ctx, path);
  if (confidence !== null || (value === null && ctx.confidence[path] !== undefined)) {
    return fail(path, null, `Coverage for ${coverage} needs manual review. The ${box} box could not be read with confidence${why(ctx, path)}, and ${what} is required. ${reviewRequest}`);
  }
  if (value === true) return pass(path, null, `Coverage for ${coverage} shows ${what}: the ${box} box is marked, as required.`);
  if (value === null) {
    return fail(path, null, `Coverage for ${coverage} has no ${box} box on the certificate, so ${what} cannot be confirmed; ${what} is required.`);
  }
  return fail(path, null, `Coverage for ${coverage} does not show ${what}: the ${box} box is blank or marked N, and ${what} is required.`);
}
