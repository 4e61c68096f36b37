import { type Address, type FieldSource, type ParsedCertificate } from "../parsed-certificate";
import { extractAdditionalInsuredNames, grantsWaiverOfSubrogation, saysPrimaryNonContributory } from "../remarks";
import { readCoverages } from "./coverages";
import { MAX_UNLETTERED_INSURERS, REMARKS_CONTINUATION_FIELD, SIGNATURE_IMAGE_FIELD, unletteredInsurerFields, type Acord25FieldName } from "./field-names";
import { FieldReader, type FieldValues } from "./field-values";

// ACORD 25 field values → `parsed_certificate_json`, with a source and a confidence for each value read.
// Shared by every reader that can name the ACORD box a value came from.

export type MappedCertificate = {
  parsed: ParsedCertificate;
  sources: Record<string, FieldSource>;
  confidence: Record<string, number>;
  /** Field names the mapping looked at (tests hold this to the full ACORD 25 list). */
  used: Set<string>;
};

const LETTERS = ["A", "B", "C", "D", "E", "F"] as const;

function address(r: FieldReader, path: string, prefix: string): Address {
  const line = (suffix: string, key: keyof Address) => r.line(`${prefix}_${suffix}` as Acord25FieldName, `${path}.${key}`);
  return {
    line1: line("LineOne_A", "line1"),
    line2: line("LineTwo_A", "line2"),
    city: line("CityName_A", "city"),
    state: line("StateOrProvinceCode_A", "state"),
    postal_code: line("PostalCode_A", "postal_code"),
  };
}

function insurers(r: FieldReader): ParsedCertificate["insurers"] {
  const out: ParsedCertificate["insurers"] = [];
  for (const letter of LETTERS) {
    const nameField = `Insurer_FullName_${letter}` as const;
    const naicField = `Insurer_NAICCode_${letter}` as const;
    if (!r.has(nameField) && !r.has(naicField)) continue;
    const i = out.length;
    out.push({ letter, name: r.line(nameField, `insurers.${i}.name`), naic: r.line(naicField, `insurers.${i}.naic`) });
  }
  // An insurer printed without a letter keeps none: inventing "A" would make coverages seem to cite it.
  for (let n = 1; n <= MAX_UNLETTERED_INSURERS; n++) {
    const f = unletteredInsurerFields(n);
    if (!r.has(f.name) && !r.has(f.naic)) break;
    const i = out.length;
    out.push({ letter: null, name: r.line(f.name, `insurers.${i}.name`), naic: r.line(f.naic, `insurers.${i}.naic`) });
  }
  return out;
}

function descriptionOfOperations(r: FieldReader, holderName: string | null): ParsedCertificate["description_of_operations"] {
  const page1 = r.text("CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A", "description_of_operations.text");
  const page2 = r.text(REMARKS_CONTINUATION_FIELD, "description_of_operations.text_continued");
  const text = [page1, page2].filter((t): t is string => t !== null).join("\n") || null;
  if (page1 === null && page2 !== null) {
    r.sources["description_of_operations.text"] = r.sources["description_of_operations.text_continued"];
    r.confidence["description_of_operations.text"] = r.confidence["description_of_operations.text_continued"];
  }
  const names = extractAdditionalInsuredNames(text, holderName);
  if (text !== null) {
    r.sources["description_of_operations.additional_insured_names"] = r.sources["description_of_operations.text"];
    r.confidence["description_of_operations.additional_insured_names"] = Math.min(
      r.confidence["description_of_operations.text"] ?? 1,
      r.confidence["description_of_operations.text_continued"] ?? 1,
    );
  }
  const typed = r.raw("Producer_AuthorizedRepresentative_Signature_A");
  const drawn = r.raw(SIGNATURE_IMAGE_FIELD);
  const signed = r.has("Producer_AuthorizedRepresentative_Signature_A") || drawn?.value === true;
  const signature = typed ?? drawn;
  if (signature) r.record("description_of_operations.signature", signature, signature.confidence);
  for (const key of ["waiver_of_subrogation", "primary_non_contributory"] as const) {
    const path = `description_of_operations.${key}`;
    if (text !== null) {
      r.sources[path] = r.sources["description_of_operations.text"];
      r.confidence[path] = r.confidence["description_of_operations.additional_insured_names"];
    }
  }
  return {
    text,
    additional_insured_names: names,
    signature: signed,
    waiver_of_subrogation: grantsWaiverOfSubrogation(text),
    primary_non_contributory: saysPrimaryNonContributory(text),
  };
}

export function fieldsToParsed(fields: FieldValues): MappedCertificate {
  const r = new FieldReader(fields);
  const holderName = r.line("CertificateHolder_FullName_A", "certificate_holder.name");
  const parsed: ParsedCertificate = {
    certificate_date: r.date("Form_CompletionDate_A", "certificate_date"),
    certificate_number: r.line("CertificateOfInsurance_CertificateNumberIdentifier_A", "certificate_number"),
    revision_number: r.line("CertificateOfInsurance_RevisionNumberIdentifier_A", "revision_number"),
    form_edition: r.line("Form_EditionIdentifier_A", "form_edition"),
    producer: {
      name: r.line("Producer_FullName_A", "producer.name"),
      address: address(r, "producer.address", "Producer_MailingAddress"),
      contact_name: r.line("Producer_ContactPerson_FullName_A", "producer.contact_name"),
      phone: r.line("Producer_ContactPerson_PhoneNumber_A", "producer.phone"),
      fax: r.line("Producer_FaxNumber_A", "producer.fax"),
      email: r.line("Producer_ContactPerson_EmailAddress_A", "producer.email"),
    },
    insured: {
      name: r.line("NamedInsured_FullName_A", "insured.name"),
      address: address(r, "insured.address", "NamedInsured_MailingAddress"),
    },
    insurers: insurers(r),
    coverages: readCoverages(r),
    description_of_operations: descriptionOfOperations(r, holderName),
    authorized_representative: r.line("Producer_AuthorizedRepresentative_Signature_A", "authorized_representative"),
    certificate_holder: {
      name: holderName,
      address: address(r, "certificate_holder.address", "CertificateHolder_MailingAddress"),
    },
  };
  return { parsed, ...keepExistingPaths(parsed, r.sources, r.confidence), used: r.used };
}

/** Drops entries whose path is not in `parsed` (a box read while deciding a coverage was absent, helper paths). */
function keepExistingPaths(parsed: ParsedCertificate, sources: Record<string, FieldSource>, confidence: Record<string, number>) {
  const keep = (path: string) => pathExists(parsed, path);
  return {
    sources: Object.fromEntries(Object.entries(sources).filter(([p]) => keep(p))),
    confidence: Object.fromEntries(Object.entries(confidence).filter(([p]) => keep(p))),
  };
}

export function pathExists(root: unknown, path: string): boolean {
  let node: unknown = root;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}
