// Editions of ACORD 25 that are still sent but whose blanks we do not have (2014/01, 2010/05, 2009/09) print the same
// grid as 2016/03 with some captions worded differently, chiefly the auto row (2016/03 added "ONLY"). Those captions
// are labels wherever they appear: never values. The geometry is read with the 2016/03 reference.

const OLDER_CAPTIONS = [
  "ALL OWNED", "ALL OWNED AUTOS", "SCHEDULED AUTOS", "HIRED AUTOS", "NON-OWNED AUTOS", "AUTOS", "NON-OWNED",
  "WC STATU-", "TORY LIMITS", "OTH-ER", "DEDUCTIBLE", "RETENTION", "EXCESS/UMBRELLA LIABILITY", "GENERAL LIABILITY",
  "EXCESS LIAB", "UMBRELLA LIAB", "OCCUR", "CLAIMS-MADE", "DED", "RETENTION $", "PRO-", "JECT", "LOC", "POLICY",
  "OTHER:", "Y / N", "N / A", "INSD", "WVD", "ADDL", "SUBR", "INSR", "LTR", "ADDL SUBR", "INSD WVD",
];

export function editionVariants(): string[] {
  return OLDER_CAPTIONS;
}

/** "ACORD 25 (2016/03)" in a footer → "2016/03". */
export function editionOfFooter(text: string): string | null {
  const m = /ACORD\s*25\s*\(?\s*(\d{4})\s*\/\s*(\d{2})\s*\)?/i.exec(text);
  return m ? `${m[1]}/${m[2]}` : null;
}
