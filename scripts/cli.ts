// Administrative CLI: `npm run cli -- <command> [--flag value]`. Prints one JSON object on stdout.
import { parseArgs } from "node:util";
import { createApiKey } from "../lib/auth/api-keys";
import { closeDb } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { createOrganization } from "../lib/server/organizations/create-organization";
import { createUser } from "../lib/server/users/create-user";
import { findOrganizationOrThrow } from "../lib/server/organizations/find-organization-or-throw";

const USAGE = `Usage:
  npm run cli -- org:create --name NAME --admin-email EMAIL --admin-password PASSWORD
  npm run cli -- key:create --org ORG_ID [--name NAME]
  npm run cli -- user:create --org ORG_ID --email EMAIL --password PASSWORD [--role admin|reviewer|viewer]`;

class UsageError extends Error {}

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (!value) throw new UsageError(`Missing --${name}`);
  return value;
}

async function run(command: string | undefined, args: string[]): Promise<unknown> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: "string" },
      "admin-email": { type: "string" },
      "admin-password": { type: "string" },
      org: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
    },
    strict: true,
  });
  switch (command) {
    case "org:create":
      await migrateDatabase();
      return createOrganization({
        name: required(values, "name"),
        adminEmail: required(values, "admin-email"),
        adminPassword: required(values, "admin-password"),
      });
    case "key:create": {
      await migrateDatabase();
      const org = await findOrganizationOrThrow(required(values, "org"));
      const key = await createApiKey({ organizationId: org.id, name: values.name ?? "CLI key" });
      return { organization: { id: org.id, name: org.name }, id: key.id, name: key.name, secret_key: key.secret };
    }
    case "user:create": {
      await migrateDatabase();
      const org = await findOrganizationOrThrow(required(values, "org"));
      const user = await createUser({
        organizationId: org.id,
        email: required(values, "email"),
        password: required(values, "password"),
        role: (values.role ?? "reviewer") as "admin",
      });
      return { organization: { id: org.id, name: org.name }, user: { id: user.id, email: user.email, role: user.role } };
    }
    default:
      throw new UsageError(command ? `Unknown command '${command}'` : "No command given");
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  try {
    const result = await run(command, args);
    process.stdout.write(JSON.stringify(result) + "\n");
    process.exitCode = 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`error: ${message}\n`);
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`${USAGE}\n`);
    }
    process.exitCode = 1;
  } finally {
    await closeDb();
  }
}

void main();
