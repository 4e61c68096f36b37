import { parseAmount } from "../../normalize";
import { LABELS, type LimitId } from "./labels";
import { norm } from "./phrases";

// Limits written as a phrase after one label ("Limits: $1,000,000 per occurrence / $2,000,000 aggregate"):
// each amount is followed by what it is.

const AMOUNT = /(?:usd\s*)?\$?\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:k|m|mm|mil|million|thousand)\b)?(?![\w/-]|[.,]\d)/gi;

export type AmountLabel = { id: LimitId; label: string; start: number; end: number };

/** The amounts printed in the text (that read as amounts), where they are. */
export function amountsIn(text: string): { start: number; end: number }[] {
  return [...text.matchAll(AMOUNT)].filter((m) => parseAmount(m[0]) !== null).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Each amount with the limit named after it, or [] unless every amount is named. */
export function amountLabels(text: string): AmountLabel[] {
  const amounts = amountsIn(text);
  const out: AmountLabel[] = [];
  amounts.forEach((a, i) => {
    const label = text.slice(a.end, amounts[i + 1]?.start ?? text.length).replace(/^[\s,;/]+|[\s,;/]+$|\s+(?:and|&)$/gi, "").trim();
    const meaning = LABELS.get(norm(label));
    if (meaning?.kind === "limit" && meaning.id !== "limit") out.push({ id: meaning.id, label, start: a.start, end: a.end });
  });
  return amounts.length > 0 && out.length === amounts.length ? out : [];
}
