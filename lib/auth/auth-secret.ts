import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * next-auth needs a secret to sign sessions. `npm start` must work with no configuration, so one is generated
 * once and kept in DATA_DIR; deployments with several web hosts set NEXTAUTH_SECRET themselves.
 */
export function ensureAuthSecret(dataDir: string): void {
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // "wx": a web process and a worker starting together must not each write (and keep) a different secret.
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
