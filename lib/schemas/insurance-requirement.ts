import { z } from "zod";
import { insuranceRulesSchema } from "../coi/rules";
import { formBoolean, nullableText } from "./common";

const requiredName = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : undefined) })
  .trim()
  .min(1, "must not be empty")
  .max(200);

/**
 * `rules` arrives as an object in JSON bodies, or as a JSON string in a form field (`-d rules='{"coverages":…}'`):
 * bracket notation cannot carry its numbers and booleans, nor nest deep enough.
 */
const rulesInput = z.preprocess((value, ctx) => {
  if (value === undefined) {
    ctx.addIssue({ code: "custom", message: "is required (a JSON object)" });
    return z.NEVER;
  }
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    ctx.addIssue({ code: "custom", message: "must be a JSON object (or a string holding one)" });
    return z.NEVER;
  }
}, insuranceRulesSchema);

export const createInsuranceRequirementSchema = z.object({
  name: requiredName,
  description: nullableText(2000),
  rules: rulesInput,
  is_default: formBoolean.optional(),
});

export const updateInsuranceRequirementSchema = z.object({
  name: requiredName.optional(),
  description: nullableText(2000),
  rules: rulesInput.optional(),
  is_default: formBoolean.optional(),
});

export const listInsuranceRequirementsQuerySchema = z.object({ is_default: formBoolean.optional() });

export type CreateInsuranceRequirementInput = z.infer<typeof createInsuranceRequirementSchema>;
export type UpdateInsuranceRequirementInput = z.infer<typeof updateInsuranceRequirementSchema>;

export const insuranceRequirementSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  rules: insuranceRulesSchema,
  is_default: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
});
export type InsuranceRequirement = z.infer<typeof insuranceRequirementSchema>;
