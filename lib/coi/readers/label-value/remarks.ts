import type { Run } from "../../pdf/text-runs";
import { joinWrapped } from "../form/wrap";
import type { Assigner } from "./assign";

// The remarks (DESCRIPTION OF OPERATIONS): the lines under a remarks heading, the names listed under an
// "Additional Insureds" heading, "Additional Insured: X" labels, and a sentence elsewhere on the page that grants
// additional insured status or a waiver. The additional insured names and waiver wording are read from this text.

/** A sentence that grants, not the disclaimer's "If the certificate holder is an ADDITIONAL INSURED…". */
const GRANT = /\b(?:is|are)\s+(?:included|named|added|listed|designated)\s+as\s+(?:an?\s+)?additional\s+insureds?\b|waiver\s+of\s+subrogation\s+(?:applies|is\s+granted|in\s+favor)|primary\s+(?:and|&)\s+non-?contributory/i;
const DISCLAIMER = /^(?:if\b|important|this certificate|the insurance afforded|notwithstanding)/i;
/** A line listing a name, not prose: under an "Additional Insureds" heading each such line is one name. */
const PROSE = /\b(?:is|are|shall|included|named|added|with respect|where required|per written|as required)\b/i;

export class Remarks {
  private readonly lines: Run[][] = [];
  private readonly listed: { runs: Run[]; text: string }[] = [];
  private readonly grants: Run[][] = [];

  add(section: "description" | "additional", line: Run[]) {
    if (section === "description") this.lines.push(line);
    else {
      const text = line.map((r) => r.text).join(" ");
      this.listed.push({ runs: line, text: PROSE.test(text) ? text : `Additional Insured: ${text}` });
    }
  }

  /** A line that belongs to no label or section: kept only when it grants something. */
  loose(line: Run[]) {
    const text = line.map((r) => r.text).join(" ");
    if (GRANT.test(text) && !DISCLAIMER.test(text)) this.grants.push(line);
  }

  put(a: Assigner, labelled: { text: string; runs: Run[] }[]) {
    const parts: string[] = [];
    if (this.lines.length > 0) {
      // No box to measure: the widest line stands for the width the text was wrapped to.
      const width = Math.max(...this.lines.map((l) => l[l.length - 1].x1 - l[0].x0));
      parts.push(joinWrapped(this.lines, width + 1));
    }
    parts.push(...[...this.listed, ...labelled].map((l) => l.text), ...this.grants.map((l) => l.map((r) => r.text).join(" ")));
    const runs = [...this.lines, ...this.listed.map((l) => l.runs), ...labelled.map((l) => l.runs), ...this.grants].flat();
    if (parts.length > 0) a.c.put("CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A", runs, parts.join("\n"));
  }
}
