import type { CertificateDescription } from "../description";
import { descriptionToFieldValues, type FieldValueMap } from "../values";

// Page 1's printed values: the description's fields as the form prints them. The remarks continuation belongs to a
// page 2 (an additional remarks schedule), which the shapes that have one print separately.

export function formValues(desc: CertificateDescription): FieldValueMap {
  return descriptionToFieldValues({ ...desc, description_of_operations: { ...desc.description_of_operations, continuation: null } });
}
