import { z } from "zod";
import { idOf } from "./common";

const requiredName = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : undefined) })
  .trim()
  .min(1, "must not be empty")
  .max(300);

// A form sends "" to clear the entity's requirement; its contractors then fall back to the default one.
const insuranceRequirement = z.preprocess((v) => (v === "" ? null : v), idOf("ir").nullable().optional());

export const createEntitySchema = z.object({ name: requiredName, insurance_requirement: insuranceRequirement });
export const updateEntitySchema = z.object({ name: requiredName.optional(), insurance_requirement: insuranceRequirement });

export type CreateEntityInput = z.infer<typeof createEntitySchema>;
export type UpdateEntityInput = z.infer<typeof updateEntitySchema>;

export const entitySchema = z.object({
  id: z.string(),
  name: z.string(),
  insurance_requirement: z.string().nullable(),
  created: z.number().int(),
  updated: z.number().int(),
});
export type Entity = z.infer<typeof entitySchema>;
