import path from "node:path";
import { z } from "zod";

// Configuration is read and validated once; a bad value fails loudly at start, not on the first request.
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().default("./.data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  WORKER: z.enum(["on", "off"]).default("on"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  // Each certificate is read in a worker thread with these limits (see lib/coi/isolated/); keep the timeout well under
  // JOB_EXPIRE_SECONDS, or pg-boss would expire and retry a job the reader is still allowed to run.
  READER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(100_000),
  READER_MEMORY_MB: z.coerce.number().int().min(192).max(16_384).default(512),
  STORAGE: z.enum(["fs", "database"]).optional(),
  PUBLIC_BASE_URL: z.string().url().optional(),
  // Where the dashboard's server reaches the REST API; another deployment must share NEXTAUTH_SECRET.
  API_BASE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  ALLOW_PRIVATE_WEBHOOK_URLS: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  // Ports webhooks may use besides 443 and 80 (public URLs only: a server that allows private URLs allows any port).
  WEBHOOK_ALLOWED_PORTS: z
    .string()
    .regex(/^\s*(\d{1,5}(\s*,\s*\d{1,5})*)?\s*$/, "a comma-separated list of ports, e.g. 8443,9000")
    .default("")
    .transform((s) => s.split(",").map((p) => p.trim()).filter(Boolean).map(Number))
    .refine((ports) => ports.every((p) => p >= 1 && p <= 65535), "ports are 1–65535"),
  NEXTAUTH_SECRET: z.string().optional(),
  SEED_DEMO: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Failed sign-ins and bad API keys back off from AUTH_THROTTLE_BASE_MS, doubling up to AUTH_THROTTLE_MAX_MS
  // (lib/security/throttle.ts); tests shorten them, production keeps the defaults.
  AUTH_THROTTLE_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(1_000),
  AUTH_THROTTLE_MAX_MS: z.coerce.number().int().min(1).max(86_400_000).default(15 * 60_000),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; storage: "fs" | "database"; apiBaseUrl: string };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  cached = {
    ...e,
    dataDir: path.resolve(e.DATA_DIR),
    // On PostgreSQL web and workers may run on different hosts, so files live in the database by default.
    storage: e.STORAGE ?? (e.DATABASE_URL ? "database" : "fs"),
    // By default the dashboard calls the API of the server it runs in, over loopback.
    apiBaseUrl: (e.API_BASE_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/$/, ""),
  };
  return cached;
}
