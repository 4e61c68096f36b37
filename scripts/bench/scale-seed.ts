// Scale seed: N certificates (100,000 by default) for one organization of a migrated PostgreSQL database, written
// set-based (generate_series, INSERT … SELECT) in one transaction, so 100,000 take seconds. Rows have the shapes the
// worker writes (lib/server/certificates/process-certificate.ts): final certificates carry a review result with a
// real reading and one audit result per rule, errors carry their code, denials their reason, and all of them share one
// stored PDF, so every seeded certificate serializes at every expand level and its pdf_url answers.
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { buildScaleTemplate, SCALE_RULES, type ScaleTemplate } from "./scale-template";

export type SeedScaleOptions = {
  databaseUrl: string;
  organizationId: string;
  /** Certificates to insert; default 100,000. */
  count?: number;
  /** Contractors they belong to, unevenly (a few hold thousands); default 1,000. */
  contractors?: number;
  /** Days the uploads are spread over, ending now; default 730. */
  days?: number;
  /** The newest certificates, still pending or processing (no review yet); default 20. */
  unfinished?: number;
  /** The reading every review result carries; built from a generated certificate when omitted (≈ 1 s). */
  template?: ScaleTemplate;
  /** Seed for random(): the same seed gives the same status mix and spread. */
  seed?: number;
};

export type SeedScaleResult = {
  tag: string;
  certificates: number;
  contractors: number;
  reviewResults: number;
  auditResults: number;
  ms: number;
  /** Milliseconds per step (insert, analyze, …). */
  steps: Record<string, number>;
};

// Uploads by outcome, of the certificates that are finished: cumulative thresholds on one random draw.
const MIX = { approved: 0.68, flagged: 0.9, denied: 0.93 }; // the remaining 7 % are errors
const DELETED_SHARE = 0.01;
const MANUALLY_APPROVED_SHARE = 0.15; // of approved certificates: a reviewer approved the rule that failed

/** A stable, unique, base62-looking ID (`ci_…`, 14 characters) from the seed's tag and a row key, in SQL. */
const idSqlOf = (tag: string, prefix: string, key: string) =>
  `'${prefix}_' || substr(translate(encode(sha256(convert_to('${tag}:${prefix}:' || ${key}, 'UTF8')), 'base64'), '+/=', ''), 1, 14)`;

export async function seedScale(options: SeedScaleOptions): Promise<SeedScaleResult> {
  const { databaseUrl, organizationId, count = 100_000, contractors = 1_000, days = 730, unfinished = 20, seed = 0.42 } = options;
  const template = options.template ?? (await buildScaleTemplate());
  // Inlined into the SQL (letters and digits only): it keeps IDs of two seeds of one database apart.
  const tag = `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  const steps: Record<string, number> = {};
  try {
    await client.query("begin");
    await client.query("select setseed($1)", [seed]);
    // Parents are inserted before their children, so the foreign keys hold by construction; a superuser may skip
    // their per-row triggers (session_replication_role = replica), which halves the time for 800,000 rows.
    const { rows: role } = await client.query("select rolsuper from pg_roles where rolname = current_user");
    if (role[0]?.rolsuper) await client.query("set local session_replication_role = replica");
    const idSql = (prefix: string, key: string) => idSqlOf(tag, prefix, key);
    const run = async (step: string, text: string, values: unknown[] = []) => {
      const t = performance.now();
      const result = await client.query(text, values);
      steps[step] = Math.round(performance.now() - t);
      return result;
    };

    const requirement = await run(
      "requirement",
      `insert into insurance_requirements (id, organization_id, name, rules, is_default)
       select ${idSql("ir", "'0'")}, $1, 'Scale seed', $2::jsonb,
         not exists (select 1 from insurance_requirements where organization_id = $1 and is_default and deleted_at is null)
       returning id`,
      [organizationId, JSON.stringify(SCALE_RULES)],
    );
    const requirementId = requirement.rows[0].id as string;

    const storageKey = `scale/${tag}/certificate.pdf`;
    await run("pdf", "insert into certificate_files (storage_key, data) values ($1, $2)", [storageKey, Buffer.from(template.pdf)]);

    const contractorRows = await run(
      "contractors",
      `insert into contractors (id, organization_id, email, first_name, last_name, company_name, created_at, updated_at)
       select ${idSql("cn", "n")}, $1, 'contractor-' || n || '@scale.example', 'Pat', 'Contractor ' || n,
         'Contractor ' || n || ' LLC', now() - make_interval(days => $2::int + 1) + n * interval '1 second',
         now() - make_interval(days => $2::int + 1) + n * interval '1 second'
       from generate_series(1, $3::int) n`,
      [organizationId, days, contractors],
    );

    // One draw per certificate decides its status, another its contractor (squared: a few contractors hold most).
    await run(
      "draws",
      `create temp table scale_seed on commit drop as
       select i, ${idSql("ci", "i")} as id, ${idSql("ca", "i")} as review_id,
         ${idSql("cn", "(1 + floor($1::int * power(r_contractor, 2)))::int")} as contractor_id,
         case when i > $2::int - $3::int then (case when i % 2 = 0 then 'pending' else 'processing' end)
              when r_status < $4::float8 then 'approved' when r_status < $5::float8 then 'flagged'
              when r_status < $6::float8 then 'denied' else 'error' end as status,
         r_deleted < $7::float8 as is_deleted, r_manual < $8::float8 as is_manual, pick,
         now() - make_interval(secs => ($2::int - i) * ($9::int * 86400.0 / $2::int)) as created_at
       from (select i, random() as r_status, random() as r_contractor, random() as r_deleted, random() as r_manual,
               random() as pick
             from generate_series(1, $2::int) i) draws`,
      [contractors, count, unfinished, MIX.approved, MIX.flagged, MIX.denied, DELETED_SHARE, MANUALLY_APPROVED_SHARE, days],
    );
    const certificateRows = await run(
      "certificates",
      `insert into certificates (id, organization_id, contractor_id, filename, status, storage_kind, storage_key, size_bytes,
         sha256, error_code, error_message, denied_reason, denied_by, attempts, created_at, updated_at, deleted_at)
       select id, $1, contractor_id, 'certificate-' || i || '.pdf', status, 'database', $2, $3, $4,
         case when status = 'error' then 'unreadable_certificate' end,
         case when status = 'error' then 'The file is not a readable ACORD 25 certificate.' end,
         case when status = 'denied' then 'The general aggregate limit is too low for this project.' end,
         case when status = 'denied' then 'user:reviewer@scale.example' end,
         case when status = 'pending' then 0 else 1 end,
         created_at,
         case when status = 'denied' then least(now(), created_at + interval '1 day') else created_at + interval '2 seconds' end,
         case when is_deleted then least(now(), created_at + interval '3 days') end
       from scale_seed order by i`,
      [organizationId, storageKey, template.pdf.length, createHash("sha256").update(template.pdf).digest("hex")],
    );

    // The reading is stored once, compressed, in a one-row table; rows copied from it keep that compressed value
    // instead of compressing 16 kB of JSON again for each of 90,000 rows.
    await run(
      "template",
      `create temp table scale_template on commit drop as select $1::jsonb as parsed, $2::jsonb as sources, $3::jsonb as confidence`,
      [JSON.stringify(template.parsed), JSON.stringify(template.sources), JSON.stringify(template.confidence)],
    );
    const reviewRows = await run(
      "review_results",
      `insert into review_results (id, organization_id, certificate_id, insurance_requirement_id, status, shape,
         parsed_certificate_json, sources, confidence, parse_ms, created_at, updated_at)
       select review_id, $1, id, $2, status, $3, t.parsed, t.sources, t.confidence, 200 + (i * 31) % 600,
         created_at + interval '2 seconds', created_at + interval '2 seconds'
       from scale_seed cross join scale_template t where status in ('approved', 'flagged', 'denied') order by i`,
      [organizationId, requirementId, template.shape],
    );

    // Flagged and denied certificates fail one of the rules that can fail; some approved ones had it approved by hand.
    const failable = template.outcomes.filter((o) => o.fail_message).map((o) => o.position);
    const auditRows = await run(
      "audit_results",
      `insert into audit_results (id, organization_id, review_result_id, position, rule_path, rule_name, result, message,
         manually_approved, approved_by, approved_at, created_at)
       select ${idSql("car", "s.i || ':' || o.position")}, $1, s.review_id, o.position, o.rule_path, o.rule_name,
         case when f.fails then 'fail' else 'pass' end,
         case when f.fails then o.fail_message else o.pass_message end,
         f.fails and s.status = 'approved', case when f.fails and s.status = 'approved' then 'user:reviewer@scale.example' end,
         case when f.fails and s.status = 'approved' then s.created_at + interval '1 hour' end,
         s.created_at + interval '2 seconds'
       from scale_seed s
       cross join jsonb_to_recordset($2::jsonb) as o(position int, rule_path text, rule_name text, pass_message text, fail_message text)
       cross join lateral (select o.position = ($3::int[])[1 + floor(s.pick * cardinality($3::int[]))::int]
           and (s.status in ('flagged', 'denied') or (s.status = 'approved' and s.is_manual)) as fails) f
       where s.status in ('approved', 'flagged', 'denied')
       order by s.i, o.position`,
      [organizationId, JSON.stringify(template.outcomes), failable],
    );
    await client.query("commit");
    // What autovacuum would have done by now: statistics for the planner (100,000 rows, not an empty table), and
    // the certificates' visibility map (index-only scans).
    await run("vacuum", "vacuum (analyze) certificates");
    await run("analyze", "analyze contractors, review_results, audit_results, insurance_requirements");
    return {
      tag,
      certificates: certificateRows.rowCount ?? 0,
      contractors: contractorRows.rowCount ?? 0,
      reviewResults: reviewRows.rowCount ?? 0,
      auditResults: auditRows.rowCount ?? 0,
      ms: performance.now() - started,
      steps,
    };
  } catch (err) {
    await client.query("rollback").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
