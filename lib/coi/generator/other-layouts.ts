import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { Address } from "../parsed-certificate";
import { formatAmount, formatDate, type CertificateDescription } from "./description";
import { wrap } from "./generate";

// Certificates in a carrier's or agency's own layout, imitating the ACORD sections without its grid:
// `letter` prints "Label: value" lines, `columns` a label column and a value column, `table` a coverage table.

export type OtherLayout = "letter" | "columns" | "table";

type Pen = { doc: PDFDocument; page: PDFPage; font: PDFFont; bold: PDFFont; y: number };
const SIZE = 8;

function line(p: Pen, parts: [x: number, text: string, bold?: boolean][], gap = 10.5) {
  // A long certificate continues on page 2, as carriers' own layouts do.
  if (p.y < 50) {
    p.page = p.doc.addPage([612, 792]);
    p.y = 750;
  }
  for (const [x, text, bold] of parts) if (text) p.page.drawText(text, { x, y: p.y, size: SIZE, font: bold ? p.bold : p.font });
  p.y -= gap;
}

const cityLine = (a: Address) => [a.city && `${a.city},`, a.state, a.postal_code].filter(Boolean).join(" ");
const addressLines = (a: Address) => [a.line1, a.line2, cityLine(a)].filter((s): s is string => !!s);

type Coverage = { heading: string; letter: string | null; number: string | null; eff: string | null; exp: string | null; ai: boolean | null; subr: boolean | null; limits: [string, number | null][] };

function coverages(d: CertificateDescription): Coverage[] {
  const c = d.coverages;
  const out: Coverage[] = [];
  const base = (x: { insurer_letter: string | null; policy_number_string: string | null; policy_effective_date: string | null; policy_expiration_date: string | null; additional_insured: boolean | null; subrogation_waived: boolean | null }) => ({
    letter: x.insurer_letter, number: x.policy_number_string, eff: x.policy_effective_date, exp: x.policy_expiration_date, ai: x.additional_insured, subr: x.subrogation_waived,
  });
  const gl = c.commercial_general_liability;
  if (gl) out.push({ heading: "Commercial General Liability", ...base(gl), limits: [["Each Occurrence", gl.limits.each_occurrence_dollars], ["Damage to Rented Premises", gl.limits.damage_to_rented_premises_dollars], ["Medical Expense (Any One Person)", gl.limits.medical_expense_dollars], ["Personal & Advertising Injury", gl.limits.personal_advertising_injury_dollars], ["General Aggregate", gl.limits.general_aggregate_dollars], ["Products - Completed Operations Aggregate", gl.limits.products_completed_operations_dollars]] });
  const au = c.automobile_liability;
  if (au) out.push({ heading: "Automobile Liability", ...base(au), limits: [["Combined Single Limit (Each Accident)", au.limits.combined_single_limit_dollars], ["Bodily Injury (Per Person)", au.limits.bodily_injury_per_person_dollars], ["Bodily Injury (Per Accident)", au.limits.bodily_injury_per_accident_dollars], ["Property Damage (Per Accident)", au.limits.property_damage_dollars]] });
  const um = c.umbrella_liability;
  if (um) out.push({ heading: um.policy_type === "excess" ? "Excess Liability" : "Umbrella Liability", ...base(um), limits: [["Each Occurrence", um.limits.each_occurrence_dollars], ["Aggregate", um.limits.aggregate_dollars]] });
  const wc = c.workers_compensation;
  if (wc) out.push({ heading: "Workers Compensation and Employers' Liability", ...base(wc), ai: null, limits: [["E.L. Each Accident", wc.limits.el_each_accident_dollars], ["E.L. Disease - Each Employee", wc.limits.el_disease_each_employee_dollars], ["E.L. Disease - Policy Limit", wc.limits.el_disease_policy_limit_dollars]] });
  return out;
}

/** The table's limits column is narrow: agencies abbreviate there. */
const SHORT: Record<string, string> = {
  "Damage to Rented Premises": "Damage to Rented Prem.", "Medical Expense (Any One Person)": "Med Exp (Any One Person)",
  "Personal & Advertising Injury": "Personal & Adv Injury", "Products - Completed Operations Aggregate": "Products-Comp/Op Agg",
  "Combined Single Limit (Each Accident)": "Combined Single Limit", "Bodily Injury (Per Person)": "BI Per Person",
  "Bodily Injury (Per Accident)": "BI Per Accident", "Property Damage (Per Accident)": "Property Damage",
  "E.L. Disease - Each Employee": "EL Disease-Ea Employee", "E.L. Disease - Policy Limit": "EL Disease-Policy Limit",
  "E.L. Each Accident": "EL Each Accident",
};

export async function generateOtherLayoutPdf(d: CertificateDescription, layout: OtherLayout): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const page = doc.addPage([612, 792]);
  const p: Pen = { doc, page, font: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), y: 750 };
  const f = d.format;
  const date = (s: string | null) => (s ? formatDate(s, f.date) : "");
  const amount = (n: number) => formatAmount(n, f.amount);
  const yn = (b: boolean | null) => (b ? "Yes" : "No");
  const title = layout === "table" ? "CERTIFICATE OF INSURANCE" : "EVIDENCE OF LIABILITY INSURANCE";
  page.drawText(title, { x: 150, y: 765, size: 14, font: p.bold });
  p.y = 740;
  line(p, [[50, d.certificate_date ? `Date Issued: ${date(d.certificate_date)}` : ""], [330, d.certificate_number ? `Certificate No.: ${d.certificate_number}` : ""]], 16);
  const block = (heading: string, name: string | null, a: Address) => {
    line(p, [[50, heading, true]]);
    for (const text of [name ?? "", ...addressLines(a)]) line(p, [[60, text]]);
    p.y -= 4;
  };
  block(layout === "columns" ? "AGENCY" : "PRODUCER", d.producer.name, d.producer.address);
  line(p, [[60, d.producer.contact_name ? `Contact: ${d.producer.contact_name}` : ""], [230, d.producer.phone ? `Phone: ${d.producer.phone}` : ""], [380, d.producer.email ? `E-mail: ${d.producer.email}` : ""]], 14);
  block(layout === "columns" ? "NAMED INSURED" : "INSURED", d.insured.name, d.insured.address);
  line(p, [[50, "INSURERS AFFORDING COVERAGE", true]]);
  for (const i of d.insurers) line(p, [[60, `Insurer ${i.letter}: ${i.name ?? ""}${i.naic ? ` (NAIC ${i.naic})` : ""}`]]);
  p.y -= 6;
  const covs = coverages(d);
  if (layout === "table") {
    line(p, [[40, "TYPE OF INSURANCE", true], [168, "INSR", true], [190, "ADDL", true], [214, "SUBR", true], [238, "POLICY NUMBER", true], [318, "EFFECTIVE", true], [368, "EXPIRATION", true], [420, "LIMITS", true]]);
    for (const c of covs) {
      const limits = c.limits.filter(([, v]) => v !== null).map(([l, v]) => [SHORT[l] ?? l, v] as const);
      line(p, [[40, c.heading.replace(" and Employers' Liability", "")], [172, c.letter ?? ""], [194, c.ai === null ? "" : c.ai ? "Y" : "N"], [216, c.subr ? "Y" : "N"], [238, c.number ?? ""], [318, date(c.eff)], [368, date(c.exp)], [420, limits[0]?.[0] ?? ""], [540, limits[0] ? amount(limits[0][1]!) : ""]], 9.5);
      for (const [label, v] of limits.slice(1)) line(p, [[420, label], [540, amount(v!)]], 9.5);
      p.y -= 5;
    }
  } else {
    for (const c of covs) {
      line(p, [[50, c.heading.toUpperCase(), true]]);
      const pairs: [string, string][] = [["Insurer", c.letter ?? ""], ["Policy Number", c.number ?? ""], ["Effective Date", date(c.eff)], ["Expiration Date", date(c.exp)], ...(c.ai === null ? [] : [["Additional Insured", yn(c.ai)] as [string, string]]), ["Waiver of Subrogation", yn(c.subr)], ...c.limits.filter(([, v]) => v !== null).map(([l, v]) => [l, amount(v!)] as [string, string])];
      for (const [label, value] of pairs) {
        if (!value) continue;
        if (layout === "letter") line(p, [[60, `${label}: ${value}`]], 9.5);
        else line(p, [[60, label], [250, value]], 9.5);
      }
      p.y -= 4;
    }
  }
  const ops = [d.description_of_operations.text, d.description_of_operations.continuation].filter(Boolean).join(" ");
  if (ops) {
    line(p, [[50, "DESCRIPTION OF OPERATIONS / LOCATIONS / VEHICLES", true]]);
    for (const text of wrap(ops, p.font, SIZE, 480)) line(p, [[60, text]], 9.5);
    p.y -= 4;
  }
  block("CERTIFICATE HOLDER", d.certificate_holder.name, d.certificate_holder.address);
  line(p, [[50, "AUTHORIZED REPRESENTATIVE", true]]);
  line(p, [[60, d.authorized_representative ?? ""]]);
  return doc.save({ useObjectStreams: false });
}
