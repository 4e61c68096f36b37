import { formatDollars } from "../normalize";

// What every rule needs: the outcome shape, the confidence gate and the shared wording.

export type AuditOutcome = {
  rule_path: string;
  rule_name: string | null;
  result: "pass" | "fail";
  message: string;
};

/** Below this, a value a rule relies on is not trusted to pass or fail on its own: a person reviews it. */
export const REVIEW_CONFIDENCE = 0.9;

export type AuditContext = {
  confidence: Record<string, number>;
  /** Why the reader doubts a value ("printed over other text"), by path: part of the review request. */
  notes: Record<string, string>;
  /** Today's UTC calendar day as a day number (see normalize.dayNumberOf). */
  today: number;
  minDaysUntilExpiration: number;
};

export const pass = (rule_path: string, rule_name: string | null, message: string): AuditOutcome => ({
  rule_path,
  rule_name,
  result: "pass",
  message,
});

export const fail = (rule_path: string, rule_name: string | null, message: string): AuditOutcome => ({
  rule_path,
  rule_name,
  result: "fail",
  message,
});

/** The confidence of a value the reader flagged as uncertain, or null when it can be relied on. */
export function lowConfidence(ctx: AuditContext, path: string): number | null {
  const c = ctx.confidence[path];
  return c !== undefined && c < REVIEW_CONFIDENCE ? c : null;
}

/** " (it is printed over other text)", or nothing when the reader gave no reason. */
export function why(ctx: AuditContext, path: string): string {
  const note = ctx.notes[path];
  return note ? ` (${note})` : "";
}

/** "…was read as $1,000,000 with low confidence (62%)" or "…is printed but could not be read", with the reason. */
export function uncertainReading(what: string, found: string | null, confidence: number, reason = ""): string {
  return found === null || confidence === 0
    ? `${what} is printed but could not be read${reason}`
    : `${what} was read as ${found} with low confidence (${Math.round(confidence * 100)}%)${reason}`;
}

export const reviewRequest = "Please review the certificate manually.";

export { formatDollars };

/** `"Client Corp Inc."` in messages. */
export const quote = (s: string) => `"${s}"`;

export function listNames(names: string[]): string {
  return names.length === 0 ? "none" : names.map(quote).join(", ");
}
