import { splitWords, type Run } from "../../pdf/text-runs";
import { LABELS, valueKindOf, type LabelMeaning, type ValueKind } from "./labels";
import { norm } from "./phrases";
import { headingOf } from "./vocabulary";
import { amountAtStart, findDates, notAmountAtStart, readPeriod } from "./values";

// Label-value pairs on one line, however the layout prints them: "Label: value" in one run, a label run and a value
// run ("Policy Number   GL-1"), several pairs on a line, or pairs run together ("Each Occurrence $1,000,000
// General Aggregate $2,000,000"). A label is taken as one only where a label would be: before a colon, as a whole
// run, or followed by the kind of value it needs (an amount after "Each Occurrence"). The same words inside a
// sentence ("…confers no rights upon the certificate holder") are not a label.

export type Pair = { meaning: LabelMeaning; label: Run[]; labelText: string; value: Run[]; colon: boolean };
type Word = { run: Run; key: string; ri: number; first: boolean; last: boolean };

function wordsOf(line: Run[]): Word[] {
  return line.flatMap((run, ri) => {
    const words = splitWords(run);
    return words.map((w, wi) => ({ run: w, key: norm(w.text), ri, first: wi === 0, last: wi === words.length - 1 }));
  });
}

/** The longest label starting at word i, within one run, not running past a colon. */
function labelAt(words: Word[], i: number) {
  let phrase = "";
  let best: { meaning: LabelMeaning; end: number; colon: boolean } | null = null;
  for (let j = i; j < words.length && j - i < LABELS.maxWords; j++) {
    if (j > i && words[j].ri !== words[i].ri) break;
    // A slash alone ends a label ("per occurrence / $2,000,000"); a dash may be inside one ("E.L. Disease - Each
    // Employee") or stand for its colon ("Gen. Aggregate - 2,000,000").
    if (!words[j].key && !/^[-–—]$/.test(words[j].run.text)) break;
    if (words[j].key) phrase = phrase ? `${phrase} ${words[j].key}` : words[j].key;
    const colon = words[j].run.text.endsWith(":");
    const meaning = phrase ? LABELS.get(phrase) : undefined;
    // "Label : value", "Label - value": a separate colon or dash stands for the colon.
    const colonNext = /^[:\-–—]$/.test(words[j + 1]?.run.text ?? "");
    if (meaning) best = { meaning, end: j + 1 + (colonNext ? 1 : 0), colon: colon || colonNext };
    if (colon) break;
  }
  return best;
}

/** How many words from `at` make a value of this kind, or 0. */
function typedLength(words: Word[], at: number, kind: ValueKind): number {
  const span = words.slice(at, at + 8);
  if (span.length === 0 || kind === "text") return 0;
  const ends: number[] = [];
  let s = "";
  for (const w of span) ends.push((s = s ? `${s} ${w.run.text}` : w.run.text).length);
  const wordsUpTo = (end: number) => (ends.includes(end) ? ends.indexOf(end) + 1 : 0);
  const trimmed = (end: number) => wordsUpTo(end) || wordsUpTo(end + 1);
  switch (kind) {
    case "amount": {
      const end = amountAtStart(s)?.end ?? notAmountAtStart(s) ?? -1;
      // "$1,000,000 / $2,000,000": both amounts are the value, which then reads as no one amount.
      const second = end > 0 ? /^\s*(?:\/|&|and|,)\s*/i.exec(s.slice(end)) : null;
      const more = second ? amountAtStart(s.slice(end + second[0].length)) : null;
      return trimmed(more ? end + second![0].length + more.end : end);
    }
    case "date": {
      const d = findDates(s)[0];
      return d?.start === 0 ? trimmed(d.end) : 0;
    }
    case "period": {
      for (let n = span.length; n >= 2; n--) if (readPeriod(s.slice(0, ends[n - 1]))) return n;
      return 0;
    }
    case "number": {
      let n = 1;
      while (n < span.length && n < 4 && !span[n - 1].last) n++;
      return /\d/.test(span.slice(0, n).map((w) => w.run.text).join(" ")) ? n : 0;
    }
    case "letter":
      return /^[A-F]$/i.test(span[0].run.text) ? 1 : 0;
  }
}

export function pairsOf(line: Run[]): { pairs: Pair[]; free: Run[] } {
  const words = wordsOf(line);
  const pairs: Pair[] = [];
  const used = new Set<number>();
  let open: Pair | null = null;
  for (let i = 0; i < words.length; ) {
    const m = labelAt(words, i);
    if (m) {
      const kind = valueKindOf(m.meaning);
      const typed = typedLength(words, m.end, kind);
      const labelEnd = /^[:\-–—]$/.test(words[m.end - 1].run.text) && m.end - 1 > i ? m.end - 2 : m.end - 1;
      const wholeRun = words[i].first && words[labelEnd].last;
      const midRunTyped = typed > 0 && (kind === "amount" || kind === "date" || kind === "period");
      // "Underwritten by X" needs no colon: the phrase itself says a name follows.
      const byPhrase = words[i].first && /\bby$/.test(words[labelEnd].key);
      const accepted = m.colon || (words[i].first && (wholeRun || typed > 0)) || midRunTyped || byPhrase;
      if (accepted) {
        const label = words.slice(i, m.end).map((w) => w.run);
        const labelText = label.map((r) => r.text).join(" ").replace(/\s*:\s*$/, "");
        const end = m.end + typed;
        const pair: Pair = { meaning: m.meaning, label, labelText, value: words.slice(m.end, end).map((w) => w.run), colon: m.colon };
        for (let k = i; k < end; k++) used.add(words[k].ri);
        pairs.push(pair);
        // A typed value ends where it parsed; any other value runs on to the next label.
        open = typed > 0 ? null : pair;
        i = end;
        continue;
      }
    }
    // A heading printed further along the line ("CERTIFICATE HOLDER   CANCELLATION") is not the value.
    if (open && words[i].first && headingOf(line[words[i].ri].text)) open = null;
    if (open) {
      open.value.push(words[i].run);
      used.add(words[i].ri);
    }
    i++;
  }
  return { pairs, free: line.filter((_, ri) => !used.has(ri)) };
}
