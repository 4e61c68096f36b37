import type { Run } from "../../pdf/text-runs";

// A multi-line box (DESCRIPTION OF OPERATIONS) printed as text has lost the difference between a line the printer
// wrapped and a line break the agent typed. A line that stops well short of the box's edge, when the next line's
// first word would have fitted, was broken on purpose; anything else was wrapped and reads as a space.

export function joinWrapped(lines: Run[][], boxWidth: number): string {
  let out = "";
  lines.forEach((line, i) => {
    const text = line.map((r) => r.text).join(" ");
    if (i > 0) out += brokenOnPurpose(lines[i - 1], line, boxWidth) ? "\n" : " ";
    out += text;
  });
  return out;
}

function brokenOnPurpose(previous: Run[], next: Run[], boxWidth: number): boolean {
  const left = previous[0].x0;
  const right = previous[previous.length - 1].x1;
  const chars = previous.reduce((n, r) => n + r.text.length, 0);
  const charWidth = (right - left) / Math.max(chars, 1);
  const nextWord = next[0].text.split(" ")[0];
  const needed = (nextWord.length + 1) * charWidth;
  // One character of slack either way: proportional fonts make the estimate rough.
  return right - left + needed + charWidth < boxWidth;
}
