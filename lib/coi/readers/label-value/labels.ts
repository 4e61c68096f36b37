import type { Acord25FieldName } from "../../acord25/field-names";
import { PhraseBook } from "./phrases";
import type { Party } from "./vocabulary";

// The labels printed before (or above) a value, and what each one means. Limits are named here only by what they
// are ("each occurrence", "aggregate"); which ACORD box that is depends on the coverage it is printed under
// (limits.ts), since "Each Occurrence" on an auto row is not the auto form's limit.

export type PolicyKey = "number" | "effective" | "expiration" | "period" | "letter" | "subr";
export type LimitId =
  | "each_occurrence" | "each_accident" | "general_aggregate" | "aggregate" | "products" | "damage_rented" | "medical"
  | "personal_adv" | "csl" | "bi_person" | "bi_accident" | "pd" | "el_each_accident" | "el_disease_employee"
  | "el_disease_policy" | "each_claim" | "retention" | "deductible" | "statutory" | "limit";
/** What a value after the label must look like, when the label is printed without a colon inside a run. */
export type ValueKind = "amount" | "date" | "period" | "number" | "letter" | "text";

export type LabelMeaning =
  | { kind: "party"; party: Party }
  | { kind: "top"; field: Acord25FieldName; value: ValueKind }
  | { kind: "policy"; key: PolicyKey }
  | { kind: "limit"; id: LimitId }
  | { kind: "insurer"; letter: string | null }
  | { kind: "naic" }
  | { kind: "signature" }
  | { kind: "coverage" }
  | { kind: "additional" }
  | { kind: "remarks" };

const party = (p: Party): LabelMeaning => ({ kind: "party", party: p });
const top = (field: Acord25FieldName, value: ValueKind): LabelMeaning => ({ kind: "top", field, value });
const policy = (key: PolicyKey): LabelMeaning => ({ kind: "policy", key });
const limit = (id: LimitId): LabelMeaning => ({ kind: "limit", id });

const EL = "(e l|el|employers liability|employer liability)";

export const LABELS = new PhraseBook<LabelMeaning>([
  ["(producer|agency|agent|broker|insurance agency|insurance agent|insurance broker|agent name|agency name|producer name|broker name)", party("producer")],
  ["(insured|named insured|named insureds|insured name|name of insured|policyholder|policy holder|business name|insured business|first named insured|insured party)", party("insured")],
  ["(certificate holder|holder|issued to|certificate issued to|certificate holder name|holder name|certificate recipient)", party("holder")],
  ["(date|date issued|issue date|issued|issued on|date of issue|certificate date|issuance date|date of issuance|certificate issue date|date mm dd yyyy)", top("Form_CompletionDate_A", "date")],
  ["(certificate|cert) (no|number|#|id|num)", top("CertificateOfInsurance_CertificateNumberIdentifier_A", "number")],
  ["revision (no|number|#)", top("CertificateOfInsurance_RevisionNumberIdentifier_A", "number")],
  ["contact [name|person]", top("Producer_ContactPerson_FullName_A", "text")],
  ["(phone|telephone|tel|phone number|ph|phone a c no ext)", top("Producer_ContactPerson_PhoneNumber_A", "number")],
  ["fax [number|no|a c no]", top("Producer_FaxNumber_A", "number")],
  ["(e mail|email) [address]", top("Producer_ContactPerson_EmailAddress_A", "text")],
  ["insurer a", { kind: "insurer", letter: "A" }],
  ["insurer b", { kind: "insurer", letter: "B" }],
  ["insurer c", { kind: "insurer", letter: "C" }],
  ["insurer d", { kind: "insurer", letter: "D" }],
  ["insurer e", { kind: "insurer", letter: "E" }],
  ["insurer f", { kind: "insurer", letter: "F" }],
  ["(insurer|carrier|insurance carrier|insurance company|insurer name|carrier name|underwritten by|underwriter|issuing company|issuing carrier|insured by|coverage provided by|policy issued by|written by)", { kind: "insurer", letter: null }],
  ["naic [#|no|number|code]", { kind: "naic" }],
  ["(policy|policy number|policy no|policy #|policy num|pol #|pol no|policy id)", policy("number")],
  ["[policy|coverage] (effective|eff|inception|start) [date|from]", policy("effective")],
  ["(valid from|effective from|policy start date)", policy("effective")],
  ["[policy|coverage] (expiration|expiry|expires|exp|end|expiring) [date|on]", policy("expiration")],
  ["(valid (to|until|through)|policy end date)", policy("expiration")],
  ["[policy|coverage|insurance] (period|term|dates)", policy("period")],
  ["(period of insurance|effective dates|policy effective dates|coverage dates|policy eff exp)", policy("period")],
  ["(insr ltr|insr|insurer letter|ltr)", policy("letter")],
  ["(waiver of subrogation|subrogation waived|subr wvd|subr|waiver of subrogation applies|waiver of subrogation included)", policy("subr")],
  ["(addl insd|addl|additional insured|additional insureds|additional insured s|additional insured name|additional insured names)", { kind: "additional" }],
  ["(coverage|coverage type|type of coverage|type of insurance|policy type|line of business|line of coverage|insurance type|coverage line)", { kind: "coverage" }],
  ["(description of operations|remarks|special provisions|notes|additional information|description of operations locations vehicles|description)", { kind: "remarks" }],
  ["(authorized signature|authorized representative|authorised signature|authorised representative|signature|signed|authorized by|signature of authorized representative)", { kind: "signature" }],
  // Limits, most specific first.
  ["(general|gen|genl) aggregate limit other than products completed operations", limit("general_aggregate")],
  ["(general|gen|genl) aggregate [limit]", limit("general_aggregate")],
  ["products [&|and] completed (operations|ops|operation) [aggregate|agg] [limit]", limit("products")],
  ["(products|prod) (comp|completed) (op|ops) (agg|aggregate) [limit]", limit("products")],
  ["products [aggregate|agg] [limit]", limit("products")],
  ["damage to (rented premises|premises rented to you|rented prem|premises rented) [ea occurrence|each occurrence|any one premises] [limit]", limit("damage_rented")],
  ["(fire damage [limit] [any one fire]|fire legal liability|rented premises [damage] [limit]|tenants legal liability)", limit("damage_rented")],
  ["(med|medical) (exp|expense|expenses|payments|pay) [limit] [any one person|per person|each person] [limit]", limit("medical")],
  ["personal (&|and) (adv|advertising) injury [limit] [any one person or organization]", limit("personal_adv")],
  ["personal advertising injury [limit]", limit("personal_adv")],
  ["combined single [limit] [each accident|ea accident|per accident]", limit("csl")],
  ["csl", limit("csl")],
  ["(bodily injury|bi) (per|each|ea) person", limit("bi_person")],
  ["(bodily injury|bi) (per|each|ea) accident", limit("bi_accident")],
  ["(property damage|pd) [per accident|each accident|ea accident]", limit("pd")],
  [`${EL} each accident [limit]`, limit("el_each_accident")],
  [`[${EL}] disease (each|ea|per) employee [limit]`, limit("el_disease_employee")],
  [`[${EL}] disease policy limit`, limit("el_disease_policy")],
  ["(each|per|any one) occurrence [limit]", limit("each_occurrence")],
  ["(occurrence|ea occurrence|ea occ|each occ|occurrence limit|limit each occurrence|limit per occurrence)", limit("each_occurrence")],
  ["(each|per|ea) accident [limit]", limit("each_accident")],
  ["[policy|annual] (aggregate|agg) [limit]", limit("aggregate")],
  ["(each|per) (claim|wrongful act|incident|loss) [limit]", limit("each_claim")],
  ["[self insured] retention", limit("retention")],
  ["deductible", limit("deductible")],
  ["(statutory|statutory limits|wc statutory limits|per statute|part one|part 1)", limit("statutory")],
  // Workers compensation certificates: "Part Two: $1,000,000 Each Accident / $1,000,000 Disease - Policy Limit".
  ["(part two|part 2)", limit("limit")],
  ["(limit|limits|limit of liability|limits of liability|coverage limit|amount)", limit("limit")],
]);

/** The kind of value a label needs before it is accepted without a colon in the middle of a run. */
export function valueKindOf(m: LabelMeaning): ValueKind {
  switch (m.kind) {
    case "limit":
      // "Limits: $1,000,000 per occurrence / $2,000,000 aggregate" runs on past its first amount.
      return m.id === "limit" ? "text" : "amount";
    case "top":
      return m.value;
    case "policy":
      return m.key === "effective" || m.key === "expiration" ? "date" : m.key === "period" ? "period" : m.key === "number" ? "number" : "letter";
    case "naic":
      return "number";
    default:
      return "text";
  }
}
