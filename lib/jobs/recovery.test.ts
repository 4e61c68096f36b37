import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedTestDatabase } from "../db/embedded-test-database";

// What keeps a crash from losing or stranding an upload, against a real embedded database: the upload's row, bytes
// and job commit together; the sweep re-queues a certificate whose job is gone; orphaned files on disk are removed.

const database = embeddedTestDatabase("recovery", { STORAGE: "fs", WORKER: "off", ORPHAN_GRACE_SECONDS: "60" });
const { dataDir } = database;

type Mods = {
  db: typeof import("../db/client");
  schema: typeof import("../db/schema");
  upload: typeof import("../server/certificates/upload-certificate");
  sweep: typeof import("./sweep");
  orphans: typeof import("../storage/orphans");
  boss: typeof import("./boss");
  org: string;
  contractor: string;
};
let m: Mods;

const pdf = (text: string) => ({ field: "certificate", filename: "coi.pdf", mimeType: "application/pdf", bytes: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF`), tooLarge: false });

beforeAll(async () => {
  const db = await database.migrate();
  const { createOrganization } = await import("../server/organizations/create-organization");
  const { createContractor } = await import("../server/contractors/create-contractor");
  const { createInsuranceRequirement } = await import("../server/insurance-requirements/create-insurance-requirement");
  const { organization } = await createOrganization({ name: "Recovery", adminEmail: "recovery@test.coverdesk.dev", adminPassword: "test-password-1" });
  await createInsuranceRequirement({ organizationId: organization.id, input: { name: "Std", rules: { coverages: { workers_compensation: { required: true } } } } as never });
  const contractor = await createContractor({ organizationId: organization.id, input: { email: "r@example.com", company_name: "Acme LLC" } as never });
  m = {
    db,
    schema: await import("../db/schema"),
    upload: await import("../server/certificates/upload-certificate"),
    sweep: await import("./sweep"),
    orphans: await import("../storage/orphans"),
    boss: await import("./boss"),
    org: organization.id,
    contractor: contractor.id,
  };
}, 60_000);

afterAll(async () => {
  await m?.boss.stopBoss();
  await database.remove();
});

const jobsFor = async (certificateId: string) =>
  (await m.db.executeSql(`select state from pgboss.job where name = 'certificate-process' and data->>'certificateId' = $1`, [certificateId])).rows;

describe("upload", () => {
  it("commits the row, the file and the job together", async () => {
    const { row } = await m.upload.uploadCertificate({ organizationId: m.org, contractorId: m.contractor, file: pdf("one") });
    expect(row.status).toBe("pending");
    expect(await jobsFor(row.id)).toEqual([{ state: "created" }]);
    expect(fs.readFileSync(path.join(dataDir, "files", row.storageKey)).toString()).toContain("one");
  });

  it("leaves no row, no job and no file when queueing the job fails", async () => {
    const db = await m.db.getDb();
    const before = fs.readdirSync(path.join(dataDir, "files", m.org)).sort();
    const ids = await import("../ids");
    const id = ids.newId("certificate");
    const enqueue = await import("./enqueue");
    const { vi } = await import("vitest");
    const idSpy = vi.spyOn(ids, "newId").mockReturnValue(id);
    // The job insert fails after the row and file are written: the path a dropped connection takes.
    const sendSpy = vi.spyOn(enqueue, "enqueueProcessCertificate").mockImplementation(async (job, executor) => {
      await executor!.executeSql("select 1", []);
      throw new Error("connection terminated");
    });
    await expect(m.upload.uploadCertificate({ organizationId: m.org, contractorId: m.contractor, file: pdf("doomed") })).rejects.toThrow("connection terminated");
    idSpy.mockRestore();
    sendSpy.mockRestore();
    expect(await db.select().from(m.schema.certificates).where(eq(m.schema.certificates.id, id))).toHaveLength(0);
    expect(await jobsFor(id)).toHaveLength(0);
    expect(fs.readdirSync(path.join(dataDir, "files", m.org)).sort()).toEqual(before);
  });
});

describe("recovery sweep", () => {
  it("re-queues a stale unfinished certificate whose job is gone, once", async () => {
    const { row } = await m.upload.uploadCertificate({ organizationId: m.org, contractorId: m.contractor, file: pdf("lost job") });
    await m.db.executeSql(`delete from pgboss.job where data->>'certificateId' = $1`, [row.id]);
    const later = Date.now() + 10 * 60_000;
    expect(await m.sweep.sweepUnfinishedCertificates(Date.now())).toBe(0); // not stale yet
    expect(await m.sweep.sweepUnfinishedCertificates(later)).toBeGreaterThanOrEqual(1);
    expect(await jobsFor(row.id)).toHaveLength(1);
    expect(await m.sweep.sweepUnfinishedCertificates(later)).toBe(0); // its job is live now
  });
});

describe("orphaned files", () => {
  it("removes old files with no certificate row and old temp files, and keeps the rest", async () => {
    const { row: kept } = await m.upload.uploadCertificate({ organizationId: m.org, contractorId: m.contractor, file: pdf("kept") });
    const dir = path.join(dataDir, "files", m.org);
    const orphan = path.join(dir, "cert_orphan.pdf");
    const temp = path.join(dir, "cert_half.pdf.123.456.tmp");
    const fresh = path.join(dir, "cert_fresh.pdf");
    for (const f of [orphan, temp, fresh]) fs.writeFileSync(f, "%PDF");
    const old = new Date(Date.now() - 120_000);
    for (const f of [orphan, temp, path.join(dataDir, "files", kept.storageKey)]) fs.utimesSync(f, old, old);
    expect(await m.orphans.sweepOrphanedFiles()).toBe(2);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(temp)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, "files", kept.storageKey))).toBe(true);
  });
});
