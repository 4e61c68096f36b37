import { z } from "zod";
import { LIMIT_KEYS } from "./keys";

// `parsed_certificate_json` (CONTRACT.md), a superset of 1099Policy's. Every printed value is nullable: a value
// the certificate does not print is null, never guessed. A coverage the certificate does not carry is absent.

/** Dates are always `MM/DD/YYYY` here, whatever the certificate printed. */
const date = z.string().regex(/^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/\d{4}$/, "expected MM/DD/YYYY").nullable();
/** Dollar amounts are whole dollars. */
const dollars = z.number().int().nonnegative().nullable();
const text = z.string().nullable();

function limitsOf<K extends readonly string[]>(keys: K) {
  return z.object(Object.fromEntries(keys.map((key) => [key, dollars])) as { [P in K[number]]: typeof dollars });
}

export const addressSchema = z.object({
  line1: text,
  line2: text,
  city: text,
  state: text,
  postal_code: text,
});

/** A limit row the form leaves open for the agent to label ("EMPLOYEE BENEFITS", "HIRED PHYSICAL DAMAGE"…). */
const additionalLimit = z.object({ label: text, amount_dollars: dollars });

const policyFields = {
  insurer_letter: text,
  policy_number_string: text,
  policy_effective_date: date,
  policy_expiration_date: date,
  /** From ADDL INSD: `Y`/`X` → true, `N`/empty → false; null when printed but unreadable or no such box. */
  additional_insured: z.boolean().nullable(),
  /** From SUBR WVD, same reading as additional_insured. */
  subrogation_waived: z.boolean().nullable(),
};

export const generalLiabilitySchema = z.object({
  ...policyFields,
  occurrence: z.boolean(),
  claims_made: z.boolean(),
  /** Descriptions typed beside the two free check boxes under CLAIMS-MADE / OCCUR. */
  other_coverages: z.array(z.string()),
  aggregate_limit_applies_per: z.enum(["policy", "project", "location", "other"]).nullable(),
  aggregate_limit_applies_to_other: text,
  limits: limitsOf(LIMIT_KEYS.commercial_general_liability),
  additional_limits: z.array(additionalLimit),
});

export const automobileLiabilitySchema = z.object({
  ...policyFields,
  covered_autos: z.object({
    any_auto: z.boolean(),
    owned_autos_only: z.boolean(),
    scheduled_autos: z.boolean(),
    hired_autos_only: z.boolean(),
    non_owned_autos_only: z.boolean(),
  }),
  other_covered_autos: z.array(z.string()),
  limits: limitsOf(LIMIT_KEYS.automobile_liability),
  additional_limits: z.array(additionalLimit),
});

export const umbrellaLiabilitySchema = z.object({
  ...policyFields,
  /** Null when neither or both of UMBRELLA LIAB / EXCESS LIAB is checked. */
  policy_type: z.enum(["umbrella", "excess"]).nullable(),
  occurrence: z.boolean(),
  claims_made: z.boolean(),
  deductible: z.boolean(),
  retention: z.boolean(),
  deductible_or_retention_dollars: dollars,
  limits: limitsOf(LIMIT_KEYS.umbrella_liability),
  additional_limits: z.array(additionalLimit),
});

export const workersCompensationSchema = z.object({
  ...policyFields,
  /** PER STATUTE checked. */
  statutory: z.boolean(),
  /** OTH-ER checked, with its description if typed. */
  other_limit: z.boolean(),
  other_limit_description: text,
  /** ANY PROPRIETOR/PARTNER/EXECUTIVE OFFICER/MEMBER EXCLUDED? Y → true, N → false, blank → null. */
  any_person_excluded: z.boolean().nullable(),
  limits: limitsOf(LIMIT_KEYS.workers_compensation),
});

/** The free row (professional, cyber, inland marine…): limits keyed by the label printed beside them. */
export const otherCoverageSchema = z.object({
  ...policyFields,
  description: text,
  limits: z.record(z.string(), dollars),
});

export const parsedCertificateSchema = z.object({
  certificate_date: date,
  certificate_number: text,
  revision_number: text,
  form_edition: text,
  producer: z.object({
    name: text,
    address: addressSchema,
    contact_name: text,
    phone: text,
    fax: text,
    email: text,
  }),
  insured: z.object({ name: text, address: addressSchema }),
  /** `letter` is null for an insurer the certificate names without one ("Underwritten by X" on a platform's layout). */
  insurers: z.array(z.object({ letter: z.enum(["A", "B", "C", "D", "E", "F"]).nullable(), name: text, naic: text })),
  coverages: z.object({
    commercial_general_liability: generalLiabilitySchema.optional(),
    automobile_liability: automobileLiabilitySchema.optional(),
    umbrella_liability: umbrellaLiabilitySchema.optional(),
    workers_compensation: workersCompensationSchema.optional(),
    other: z.array(otherCoverageSchema).optional(),
  }),
  description_of_operations: z.object({
    text,
    /** Names the remarks declare additional insured, cleaned (no trailing punctuation). */
    additional_insured_names: z.array(z.string()),
    /** Whether the authorized representative signed (typed name or a drawn image in that box). */
    signature: z.boolean(),
    /** The remarks grant a waiver of subrogation (optional: results stored before the reader set it lack it). */
    waiver_of_subrogation: z.boolean().optional(),
    /** The remarks say the insurance is primary and non-contributory. */
    primary_non_contributory: z.boolean().optional(),
  }),
  /** What the AUTHORIZED REPRESENTATIVE box holds, when it is typed text. */
  authorized_representative: text,
  certificate_holder: z.object({ name: text, address: addressSchema }),
});

export type ParsedCertificate = z.infer<typeof parsedCertificateSchema>;
export type Address = z.infer<typeof addressSchema>;
export type GeneralLiability = z.infer<typeof generalLiabilitySchema>;
export type AutomobileLiability = z.infer<typeof automobileLiabilitySchema>;
export type UmbrellaLiability = z.infer<typeof umbrellaLiabilitySchema>;
export type WorkersCompensation = z.infer<typeof workersCompensationSchema>;
export type OtherCoverage = z.infer<typeof otherCoverageSchema>;

/**
 * Where a value was read: page number (1-based) and box in PDF user space (points, origin at the page's
 * bottom-left corner). `page_size` is that page's [width, height] so a viewer can scale the box.
 */
export type FieldSource = {
  page: number;
  box: [x: number, y: number, width: number, height: number];
  page_size: [width: number, height: number];
  /** Why the value is not fully trusted, when it is not ("printed over other text"): shown to the reviewer. */
  note?: string;
};

export type CertificateShape = "fillable" | "flattened" | "other" | "scan";

/** What a reader returns. Keys of `sources` / `confidence` are dotted paths into `parsed` (`insurers.0.name`). */
export type ReadResult = {
  shape: CertificateShape;
  parsed: ParsedCertificate;
  sources: Record<string, FieldSource>;
  confidence: Record<string, number>;
};

export const emptyAddress = (): Address => ({ line1: null, line2: null, city: null, state: null, postal_code: null });
