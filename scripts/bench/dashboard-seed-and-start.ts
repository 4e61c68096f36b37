// Bench bootstrap for 50-dashboard: one organization whose contractor holds BENCH_CERTIFICATES certificates (half
// flagged), written straight into the database through the same tables the worker fills, then `npm start`'s code in
// this process (the embedded database allows one process). Processing 1,000 real uploads would measure the reader,
// not the dashboard; the rows are what the pages read.
import fs from "node:fs";
import path from "node:path";
import { closeDb, getDb } from "../../lib/db/client";
import { migrateDatabase } from "../../lib/db/migrate";
import { auditResults, certificates, reviewResults } from "../../lib/db/schema";
import { env } from "../../lib/env";
import { newId } from "../../lib/ids";
import { generateCertificatePdf, sampleCertificate } from "../../lib/coi/generator";
import { readCertificate } from "../../lib/coi/read-certificate";
import { createContractor } from "../../lib/server/contractors/create-contractor";
import { createInsuranceRequirement } from "../../lib/server/insurance-requirements/create-insurance-requirement";
import { createOrganization } from "../../lib/server/organizations/create-organization";
import { saveFile } from "../../lib/storage";

const COUNT = Number(process.env.BENCH_CERTIFICATES ?? 1000);

async function main() {
  const { dataDir } = env();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  await migrateDatabase();
  const org = await createOrganization({ name: "Bench", adminEmail: "bench-admin@coverdesk.dev", adminPassword: "bench-password-1" });
  const organizationId = org.organization.id;
  const requirement = await createInsuranceRequirement({
    organizationId,
    input: { name: "Bench", rules: { coverages: { commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 1_000_000 } } } }, is_default: true },
  });
  const contractor = await createContractor({ organizationId, input: { email: "bench@example.com", company_name: "Acme Corporation LLC" } });
  // One real PDF and one real reading, shared by every row: the viewer and the parsed data have something true to show.
  const pdf = await generateCertificatePdf(sampleCertificate({ now: new Date() }), { mode: "fillable" });
  const read = await readCertificate(pdf);
  const stored = await saveFile(`${organizationId}/bench.pdf`, pdf);
  const db = await getDb();
  const started = Date.now();
  for (let offset = 0; offset < COUNT; offset += 250) {
    const batch = Array.from({ length: Math.min(250, COUNT - offset) }, (_, j) => {
      const i = offset + j;
      const status = i % 2 === 0 ? ("flagged" as const) : ("approved" as const);
      return { i, status, certificateId: newId("certificate"), reviewId: newId("reviewResult"), createdAt: new Date(started - (COUNT - i) * 1000) };
    });
    await db.insert(certificates).values(
      batch.map((b) => ({
        id: b.certificateId, organizationId, contractorId: contractor.id, filename: `certificate-${b.i}.pdf`, status: b.status,
        storageKind: stored.kind, storageKey: stored.key, sizeBytes: pdf.length, sha256: "bench", createdAt: b.createdAt, updatedAt: b.createdAt,
      })),
    );
    await db.insert(reviewResults).values(
      batch.map((b) => ({
        id: b.reviewId, organizationId, certificateId: b.certificateId, insuranceRequirementId: requirement.id, status: b.status, shape: read.shape,
        parsedCertificate: read.parsed as unknown as Record<string, unknown>, sources: read.sources as unknown as Record<string, unknown>, createdAt: b.createdAt,
      })),
    );
    await db.insert(auditResults).values(
      batch.flatMap((b) =>
        ["coverages.commercial_general_liability", "coverages.commercial_general_liability.limits.each_occurrence_dollars"].map((rulePath, position) => ({
          id: newId("auditResult"), organizationId, reviewResultId: b.reviewId, position, rulePath, ruleName: null,
          result: b.status === "flagged" && position === 1 ? ("fail" as const) : ("pass" as const),
          message: position === 1 && b.status === "flagged" ? "The limit for each occurrence is $500,000, which is below the required $1,000,000." : "Sufficient.",
        })),
      ),
    );
  }
  fs.writeFileSync(path.join(dataDir, "bench-org.json"), JSON.stringify({ ...org, contractorId: contractor.id, password: "bench-password-1" }));
  await closeDb();
  await import("../start");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
