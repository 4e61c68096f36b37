// Kept for the label-value reader's import while readers move to lib/coi/readers/form (the flattened ACORD 25
// reader) and lib/coi/acord25/field-values.ts (shared types).
export type { AdjustFields } from "../../acord25/field-values";
