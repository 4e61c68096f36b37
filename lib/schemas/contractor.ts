import { z } from "zod";
import { certificateStatusSchema } from "./certificate";
import { idOf, metadataSchema, nullableText } from "./common";

export const addressSchema = z.object({
  line1: nullableText(),
  line2: nullableText(),
  locality: nullableText(200),
  region: nullableText(100),
  postalcode: nullableText(20),
  country: nullableText(100),
});

const fields = {
  first_name: nullableText(200),
  last_name: nullableText(200),
  company_name: nullableText(300),
  phone: nullableText(50),
  address: addressSchema.nullable().optional(),
  entity: z.preprocess((v) => (v === "" ? null : v), idOf("en").nullable().optional()),
  custom_metadata: metadataSchema.nullable().optional(),
};

export const createContractorSchema = z.object({ email: z.string().trim().toLowerCase().email(), ...fields });
export const updateContractorSchema = z.object({ email: z.string().trim().toLowerCase().email().optional(), ...fields });

export type CreateContractorInput = z.infer<typeof createContractorSchema>;
export type UpdateContractorInput = z.infer<typeof updateContractorSchema>;

/** With `expand[]=compliance`: the latest certificate's status and the nearest policy expiration (`MM/DD/YYYY`). */
export const complianceSchema = z.object({
  status: certificateStatusSchema.nullable(),
  certificate: z.string().nullable(),
  nearest_expiration: z.string().nullable(),
});

export const contractorSchema = z.object({
  id: z.string(),
  email: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  company_name: z.string().nullable(),
  phone: z.string().nullable(),
  address: addressSchema.nullable(),
  entity: z.string().nullable(),
  custom_metadata: z.record(z.string(), z.unknown()).nullable(),
  created: z.number().int(),
  updated: z.number().int(),
  compliance: complianceSchema.optional(),
});
export type Contractor = z.infer<typeof contractorSchema>;
