import type { ParsedCertificate } from "../parsed-certificate";

// What the test-certificate generator draws: the parsed shape (the truth) plus how to print it. Dates are given
// as `MM/DD/YYYY` and amounts as integers; `format` decides how they appear on the page.

export type DateFormat = "MM/DD/YYYY" | "MM/DD/YY" | "YYYY-MM-DD" | "M/D/YYYY";
/** plain `1000000`, commas `1,000,000`, dollar `$1,000,000`, dollar_space `$ 1,000,000`, cents `1,000,000.00`. */
export type AmountFormat = "plain" | "commas" | "dollar" | "dollar_space" | "cents";

export type CertificateFormat = {
  date: DateFormat;
  amount: AmountFormat;
  /** How ADDL INSD / SUBR WVD print "yes". */
  yes: "Y" | "X";
  /** How they print "no": `N` or a blank box. */
  no: "N" | "";
  /** Bare (`Producer_FullName_A`) or fully qualified (`F[0].P1[0].Producer_FullName_A[0]`) AcroForm names. */
  field_names: "bare" | "qualified";
};

export type CertificateDescription = Omit<ParsedCertificate, "description_of_operations"> & {
  description_of_operations: {
    /** The DESCRIPTION OF OPERATIONS box on page 1. */
    text: string | null;
    /** Page 2 (additional remarks schedule) continuing the description; no page 2 when null. */
    continuation: string | null;
    /** The names the text declares additional insured: the truth a reader must find. */
    additional_insured_names: string[];
    /** Whether the text grants a waiver of subrogation / says primary and non-contributory (default false). */
    waiver_of_subrogation?: boolean;
    primary_non_contributory?: boolean;
  };
  /** A drawn signature (an image) in the AUTHORIZED REPRESENTATIVE box, with or without a typed name. */
  signature_image?: boolean;
  format: CertificateFormat;
};

export const DEFAULT_FORMAT: CertificateFormat = {
  date: "MM/DD/YYYY",
  amount: "commas",
  yes: "Y",
  no: "N",
  field_names: "bare",
};

export function formatDate(usDate: string, format: DateFormat): string {
  const [mm, dd, yyyy] = usDate.split("/");
  switch (format) {
    case "MM/DD/YYYY":
      return usDate;
    case "MM/DD/YY":
      return `${mm}/${dd}/${yyyy.slice(2)}`;
    case "YYYY-MM-DD":
      return `${yyyy}-${mm}-${dd}`;
    case "M/D/YYYY":
      return `${Number(mm)}/${Number(dd)}/${yyyy}`;
  }
}

export function formatAmount(amount: number, format: AmountFormat): string {
  const commas = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  switch (format) {
    case "plain":
      return String(amount);
    case "commas":
      return commas;
    case "dollar":
      return `$${commas}`;
    case "dollar_space":
      return `$ ${commas}`;
    case "cents":
      return `${commas}.00`;
  }
}
