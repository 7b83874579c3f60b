import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: pure rules (fast, no I/O) and integration tests against a real Postgres.
export default defineConfig({
  resolve: { alias: { "@": root, "server-only": path.join(root, "tests/support/empty.ts") } },
  test: {
    // next-intl's ESM imports "next/navigation" without an extension; let Vite resolve it (the
    // authorization matrix imports every server-action module, and with them next-intl's navigation).
    server: { deps: { inline: ["next-intl"] } },
    // Tests run the portal's code as the demo does (its public secret, the SMS outbox).
    env: { BALABAQSHA_DEMO: "1" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 30000,
          hookTimeout: 120000,
        },
      },
    ],
  },
});
