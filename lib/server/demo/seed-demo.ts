import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { generateCertificatePdf, sampleCertificate, daysFrom } from "../../coi/generator";
import type { SampleOverrides } from "../../coi/generator";
import { getDb } from "../../db/client";
import { users } from "../../db/schema";
import { env } from "../../env";
import { createContractor } from "../contractors/create-contractor";
import { uploadCertificate } from "../certificates/upload-certificate";
import { createInsuranceRequirement } from "../insurance-requirements/create-insurance-requirement";
import { createOrganization } from "../organizations/create-organization";
import { createUser } from "../users/create-user";

export const DEMO_ADMIN = { email: "admin@demo.coverdesk.dev", password: "coverdesk-demo" };
const CREDENTIALS_FILE = "demo-credentials.json";

type DemoCredentials = { organization: { id: string; name: string }; secret_key: string; users: { email: string; password: string; role: string }[] };

const STANDARD_RULES = {
  coverages: {
    commercial_general_liability: {
      required: true,
      limits: { each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 },
      additional_insured_required: true,
    },
    automobile_liability: { limits: { combined_single_limit_dollars: 1_000_000 } },
    workers_compensation: { required: true, limits: { el_each_accident_dollars: 500_000 } },
  },
  min_days_until_expiration: 30,
  additional_insured_names: ["Client Corp Inc."],
  certificate_holder_name: "Client Corp Inc.",
  insured_name_matches_contractor: true,
  signature_required: true,
};

/**
 * A demo organization for `npm start` on a fresh database: users of each role, a default requirement, contractors
 * and certificates that end approved, flagged and in error once the workers run. Runs once; later starts print
 * the same credentials (kept in DATA_DIR with mode 600, since only a hash of the key is in the database).
 */
export async function seedDemo({ port }: { port: number }) {
  const file = path.join(env().dataDir, CREDENTIALS_FILE);
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${DEMO_ADMIN.email}`);
  if (existing) {
    if (fs.existsSync(file)) printCredentials(JSON.parse(fs.readFileSync(file, "utf8")) as DemoCredentials, port);
    else console.log(`  Demo organization present; sign in as ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}.`);
    return;
  }
  const org = await createOrganization({ name: "Demo Compliance Co", adminEmail: DEMO_ADMIN.email, adminPassword: DEMO_ADMIN.password });
  const organizationId = org.organization.id;
  const extraUsers = [
    { email: "reviewer@demo.coverdesk.dev", password: "coverdesk-demo", role: "reviewer" as const },
    { email: "viewer@demo.coverdesk.dev", password: "coverdesk-demo", role: "viewer" as const },
  ];
  for (const u of extraUsers) await createUser({ organizationId, ...u });
  const credentials: DemoCredentials = {
    organization: org.organization,
    secret_key: org.secret_key,
    users: [{ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password, role: "admin" }, ...extraUsers],
  };
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  await createInsuranceRequirement({
    organizationId,
    input: { name: "Standard contractor", description: "GL $1M/$2M, workers' comp, Client Corp Inc. as additional insured", rules: STANDARD_RULES, is_default: true },
  });

  const now = new Date();
  const demo: { contractor: { email: string; first_name: string; last_name: string; company_name: string }; file: string; certificate: SampleOverrides | "corrupt" }[] = [
    { contractor: { email: "jane@acme.example", first_name: "Jane", last_name: "Smith", company_name: "Acme Corporation LLC" }, file: "acme-coi.pdf", certificate: {} },
    {
      contractor: { email: "ravi@brightelectric.example", first_name: "Ravi", last_name: "Patel", company_name: "Bright Electric Inc" },
      file: "bright-electric-coi.pdf",
      certificate: { insured: { name: "Bright Electric Inc", address: { line1: "9 Volt Ave", line2: null, city: "Fresno", state: "CA", postal_code: "93701" } } },
    },
    {
      contractor: { email: "maria@harborpainting.example", first_name: "María", last_name: "López", company_name: "Harbor Painting & Sons Co." },
      file: "harbor-painting-coi.pdf",
      certificate: { insured: { name: "Harbor Painting & Sons Co.", address: { line1: "77 Dock St", line2: null, city: "Alameda", state: "CA", postal_code: "94501" } } },
    },
    { contractor: { email: "ops@deltaroofing.example", first_name: "Sam", last_name: "Okafor", company_name: "Delta Roofing LLC" }, file: "delta-roofing-scan.pdf", certificate: "corrupt" },
  ];
  for (const [i, item] of demo.entries()) {
    const contractor = await createContractor({ organizationId, input: item.contractor });
    let bytes: Uint8Array;
    if (item.certificate === "corrupt") {
      bytes = Buffer.from("%PDF-1.4\n% a damaged download: the rest of the file is missing\n");
    } else {
      const desc = sampleCertificate({ now, ...item.certificate });
      if (i === 1) desc.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
      if (i === 2) desc.coverages.workers_compensation!.policy_expiration_date = daysFrom(now, -12);
      bytes = await generateCertificatePdf(desc, { mode: "fillable" });
    }
    await uploadCertificate({
      organizationId,
      contractorId: contractor.id,
      file: { field: "certificate", filename: item.file, mimeType: "application/pdf", bytes: Buffer.from(bytes), tooLarge: false },
    });
  }
  printCredentials(credentials, port);
}

function printCredentials(c: DemoCredentials, port: number) {
  console.log(
    [
      "",
      `  Demo organization: ${c.organization.name} (${c.organization.id})`,
      ...c.users.map((u) => `  Sign in at http://localhost:${port}/login as ${u.email} / ${u.password} (${u.role})`),
      `  API key: ${c.secret_key}`,
      `  Try: curl -u ${c.secret_key}: http://localhost:${port}/api/v1/files/certificates`,
      "",
    ].join("\n"),
  );
}
