// Labels compared as phrases: lower case, punctuation dropped, so "Med. Exp. (Any one person):" and "MED EXP ANY ONE
// PERSON" are the same label. The vocabulary is written as small patterns ("(each|per) occurrence [limit]") and
// expanded once into a map of exact phrases: matching a line is then a few map look-ups per word, not a regex scan.

/** OCR's usual slips inside words (PR0DUCER, Po1icy, In5ured) are undone before a label is looked up. */
const OCR_SLIPS: [RegExp, string][] = [
  [/(?<=[a-z])0|0(?=[a-z])/g, "o"],
  [/(?<=[a-z])1|1(?=[a-z]{2})/g, "l"],
  [/(?<=[a-z])5(?=[a-z])/g, "s"],
];

/** A page asks for the same few hundred texts over and over: remembered, up to a bound. */
const seen = new Map<string, string>();

export function norm(text: string): string {
  let known = seen.get(text);
  if (known === undefined) {
    if (seen.size > 20_000) seen.clear();
    seen.set(text, (known = normalize(text)));
  }
  return known;
}

function normalize(text: string): string {
  let s = text.toLowerCase().replace(/[’'`]/g, "").replace(/#/g, " # ").replace(/&/g, " & ");
  s = s.replace(/[^a-z0-9&#]+/g, " ").trim();
  for (const [re, to] of OCR_SLIPS) s = s.replace(re, to);
  return s;
}

/**
 * "(each|per) occurrence [limit]" → every phrase it stands for. `(a|b c)` is one of its alternatives, `[a|b]` an
 * optional one; alternatives are plain words (no nesting), which is all the vocabulary needs.
 */
export function expand(pattern: string): string[] {
  let out = [""];
  for (const [, group, optional, word] of pattern.matchAll(/\(([^)]*)\)|\[([^\]]*)\]|(\S+)/g)) {
    const options = word !== undefined ? [word] : (group ?? optional).split("|");
    if (optional !== undefined) options.push("");
    out = out.flatMap((head) => options.map((o) => `${head} ${o.trim()}`.trim()));
  }
  return out.map((p) => norm(p)).filter((p) => p !== "");
}

/** Phrases → meaning, with the longest phrase length, for longest-match look-ups over a line's words. */
export class PhraseBook<T> {
  private readonly map = new Map<string, T>();
  maxWords = 1;

  constructor(entries: [pattern: string, meaning: T][]) {
    for (const [pattern, meaning] of entries) {
      for (const phrase of expand(pattern)) {
        // The first entry wins: lists are written most specific first.
        if (!this.map.has(phrase)) this.map.set(phrase, meaning);
        this.maxWords = Math.max(this.maxWords, phrase.split(" ").length);
      }
    }
  }

  get(phrase: string): T | undefined {
    return this.map.get(phrase);
  }
}
