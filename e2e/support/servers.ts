import os from "node:os";
import path from "node:path";

// The API suite runs once per database: the embedded one (always) and PostgreSQL (when TEST_DATABASE_URL is set).
export type TestServer = { name: "pglite" | "postgres"; port: number; dataDir: string; databaseUrl?: string };

const root = process.env.TEST_DATA_ROOT ?? path.join(os.tmpdir(), `coverdesk-e2e-${process.env.TEST_RUN_ID ?? "local"}`);

export const servers: TestServer[] = [
  { name: "pglite", port: Number(process.env.TEST_PGLITE_PORT ?? 3111), dataDir: path.join(root, "pglite") },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: "postgres" as const,
          port: Number(process.env.TEST_POSTGRES_PORT ?? 3112),
          dataDir: path.join(root, "postgres"),
          databaseUrl: process.env.TEST_DATABASE_URL,
        },
      ]
    : []),
];

export const serverByPort = (baseURL: string) => servers.find((s) => baseURL.endsWith(`:${s.port}`));
