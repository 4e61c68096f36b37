import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests sit beside the code (`lib/**/*.test.ts`); API and browser tests are Playwright specs under e2e/.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    pool: "forks",
  },
});
