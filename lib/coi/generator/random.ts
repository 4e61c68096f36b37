import type { Address } from "../parsed-certificate";
import type { AmountFormat, CertificateDescription, DateFormat } from "./description";
import { pick, type Rng } from "./print-random";
import { addVariety } from "./random-variety";
import { remarksFor } from "./random-remarks";
import { daysFrom, sampleCertificate } from "./sample";

// Random but reproducible certificates for the accuracy corpus: every date and amount format, coverages missing,
// names with "&", "'" and accents (Latin-1, which the standard PDF fonts can print), page-2 remarks.

const chance = (rng: Rng, p: number) => rng() < p;

const COMPANIES = [
  "Acme Corporation LLC", "O'Brien & Sons, L.L.C.", "Müller & Söhne GmbH", "Café Olé Catering Inc.", "Smith and Sons Roofing",
  "Peña Brothers Construction", "D'Angelo Electric Co.", "Brontë & Hale Design Ltd.", "Zoë's Landscaping LLC",
  "North Star Plumbing, Inc.", "Ångström Glass & Glazing", "Les Entreprises Côté Inc.", "McAllister-Reyes Painting",
  "Bright Path Logistics Corp.", "Señor Frog's Hauling", "St. Clair Mechanical LLC", "The Hudson Group, Inc.",
];
const AGENCIES = [
  "Northwind Insurance Brokers, LLC", "Keller & Ruiz Insurance Agency", "Lighthouse Risk Partners", "Agence Lévesque Assurances",
  "O'Neill Insurance Services, Inc.", "Pinecrest Brokerage Group",
];
const INSURERS = [
  "Harborline Casualty Company", "Summit Ridge Insurance Company", "Bayview Workers Mutual", "Great Plains Indemnity Co.",
  "Assurance Mutuelle Québec", "Redwood Fire & Marine Ins. Co.", "Kestrel Specialty Insurance", "Atlantic Shore Casualty",
];
const HOLDERS = [
  "Client Corp Inc.", "Riverside Property Management, LLC", "City of Saint-Étienne Parks Dept.", "Baker & Ng Development Co.",
  "O'Hara Family Trust", "Metro Transit Authority",
];
const STREETS = ["500 Market Street", "42 Industrial Way", "1 Rue de la Paix", "77 O'Connell Ave", "901 Peñasco Rd", "12 Elm St"];
const CITIES: [string, string, string][] = [
  ["San Francisco", "CA", "94105"], ["Oakland", "CA", "94607"], ["New York", "NY", "10001"], ["Austin", "TX", "78701"],
  ["Coeur d'Alene", "ID", "83814"], ["Española", "NM", "87532"], ["Chicago", "IL", "60601-1234"],
];
const LIMITS = [100_000, 250_000, 300_000, 500_000, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000, 10_000_000];
const DATE_FORMATS: DateFormat[] = ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "M/D/YYYY"];
const AMOUNT_FORMATS: AmountFormat[] = ["plain", "commas", "dollar", "dollar_space", "cents"];

function address(rng: Rng): Address {
  const [city, state, postal_code] = pick(rng, CITIES);
  return { line1: pick(rng, STREETS), line2: chance(rng, 0.35) ? `Suite ${100 + Math.floor(rng() * 900)}` : null, city, state, postal_code };
}

const policyNumber = (rng: Rng, prefix: string) => `${prefix}${pick(rng, ["-", " ", ""])}${Math.floor(rng() * 9_000_000) + 1_000_000}`;
const limit = (rng: Rng, p = 1) => (chance(rng, p) ? pick(rng, LIMITS) : null);

export type RandomOptions = {
  /** Long names, more second address lines, insurers without NAIC or listed twice (random-variety.ts). */
  variety?: boolean;
};

export function randomCertificate(rng: Rng, now: Date, options: RandomOptions = {}): CertificateDescription {
  const d = sampleCertificate({ now });
  d.format = {
    date: pick(rng, DATE_FORMATS), amount: pick(rng, AMOUNT_FORMATS), yes: pick(rng, ["Y", "X"] as const),
    no: pick(rng, ["N", ""] as const), field_names: pick(rng, ["bare", "qualified"] as const),
  };
  d.certificate_number = chance(rng, 0.8) ? `${pick(rng, ["COI-", "", "25-"])}${Math.floor(rng() * 99999)}` : null;
  d.revision_number = chance(rng, 0.3) ? String(Math.floor(rng() * 5) + 1) : null;
  d.producer = { ...d.producer, name: pick(rng, AGENCIES), address: address(rng) };
  d.producer.contact_name = chance(rng, 0.8) ? pick(rng, ["Dana Whitfield", "José Álvarez", "Siobhan O'Reilly", "Lee Chen"]) : null;
  d.producer.fax = chance(rng, 0.5) ? d.producer.fax : null;
  d.insured = { name: pick(rng, COMPANIES), address: address(rng) };
  const insurers = [...INSURERS].sort(() => rng() - 0.5).slice(0, 2 + Math.floor(rng() * 3));
  d.insurers = insurers.map((name, i) => ({ letter: "ABCDEF"[i] as "A", name, naic: String(10000 + Math.floor(rng() * 89999)) }));
  const letter = () => pick(rng, d.insurers).letter;
  const start = -Math.floor(rng() * 300);
  const dates = () => ({ policy_effective_date: daysFrom(now, start), policy_expiration_date: daysFrom(now, start + 365) });
  const yes = () => chance(rng, 0.6);
  const c = d.coverages;
  const gl = c.commercial_general_liability!;
  Object.assign(gl, { insurer_letter: letter(), policy_number_string: policyNumber(rng, "CGL"), ...dates(), additional_insured: yes(), subrogation_waived: yes() });
  gl.occurrence = chance(rng, 0.8);
  gl.claims_made = !gl.occurrence;
  gl.aggregate_limit_applies_per = pick(rng, ["policy", "project", "location", null] as const);
  gl.limits = {
    each_occurrence_dollars: limit(rng), damage_to_rented_premises_dollars: limit(rng, 0.8), medical_expense_dollars: chance(rng, 0.8) ? pick(rng, [5_000, 10_000, 15_000]) : null,
    personal_advertising_injury_dollars: limit(rng, 0.9), general_aggregate_dollars: limit(rng), products_completed_operations_dollars: limit(rng, 0.9),
  };
  const auto = c.automobile_liability!;
  Object.assign(auto, { insurer_letter: letter(), policy_number_string: policyNumber(rng, "BA"), ...dates(), additional_insured: yes(), subrogation_waived: yes() });
  auto.covered_autos = { any_auto: chance(rng, 0.5), owned_autos_only: chance(rng, 0.3), scheduled_autos: chance(rng, 0.3), hired_autos_only: chance(rng, 0.5), non_owned_autos_only: chance(rng, 0.5) };
  const split = chance(rng, 0.3);
  auto.limits = {
    combined_single_limit_dollars: split ? null : limit(rng), bodily_injury_per_person_dollars: split ? limit(rng) : null,
    bodily_injury_per_accident_dollars: split ? limit(rng) : null, property_damage_dollars: split ? limit(rng) : null,
  };
  const umb = c.umbrella_liability!;
  Object.assign(umb, { insurer_letter: letter(), policy_number_string: policyNumber(rng, "UMB"), ...dates(), additional_insured: yes(), subrogation_waived: yes() });
  umb.policy_type = pick(rng, ["umbrella", "excess"] as const);
  umb.occurrence = chance(rng, 0.7);
  umb.claims_made = !umb.occurrence;
  umb.retention = chance(rng, 0.5);
  umb.deductible = !umb.retention && chance(rng, 0.5);
  umb.deductible_or_retention_dollars = umb.retention || umb.deductible ? pick(rng, [0, 10_000, 25_000]) : null;
  const umbLimit = limit(rng);
  umb.limits = { each_occurrence_dollars: umbLimit, aggregate_dollars: umbLimit };
  const wc = c.workers_compensation!;
  Object.assign(wc, { insurer_letter: letter(), policy_number_string: policyNumber(rng, "WC"), ...dates(), subrogation_waived: yes() });
  wc.any_person_excluded = pick(rng, [true, false, null]);
  const el = pick(rng, [500_000, 1_000_000]);
  wc.limits = { el_each_accident_dollars: el, el_disease_each_employee_dollars: el, el_disease_policy_limit_dollars: el };
  // Missing coverages: each optional row is left off now and then; general liability almost always stays.
  if (chance(rng, 0.05)) delete c.commercial_general_liability;
  if (chance(rng, 0.3)) delete c.automobile_liability;
  if (chance(rng, 0.45)) delete c.umbrella_liability;
  if (chance(rng, 0.25)) delete c.workers_compensation;
  d.certificate_holder = { name: pick(rng, HOLDERS), address: address(rng) };
  if (options.variety) addVariety(d, rng);
  d.description_of_operations = remarksFor(rng, d.certificate_holder.name!, chance(rng, 0.2));
  d.authorized_representative = chance(rng, 0.85) ? d.producer.contact_name ?? "Authorized Agent" : null;
  return d;
}
