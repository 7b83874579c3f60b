import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Journeys per role in Debian's Chromium (Playwright cannot download its own browser here).
// The app is started by scripts/start.mjs on the fresh e2e database prepared by scripts/test.mjs.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// EDS: scripts/start.mjs runs the NCALayer stand-in (docs/EDS.md) on this port with a fresh test PKI in
// this folder; tests/e2e/eds-sign-in.spec.ts reads both (workers inherit these variables).
process.env.NCALAYER_STANDIN_PORT ??= String(port + 10490);
process.env.EDS_TEST_PKI_DIR ??= path.join(os.tmpdir(), `balabaqsha-e2e-eds-${port}`);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/kk`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      BALABAQSHA_DEMO: "1",
      BALABAQSHA_TEST_MODE: "1",
      BALABAQSHA_SEED: "0",
      SMS_PROVIDER: "outbox",
      // Jobs run from the tests with a chosen "now", never by the clock behind their back.
      JOBS_ENABLED: "0",
      EDS_DEMO: "1",
      EDS_TEST_PKI_FRESH: "1",
      NCALAYER_STANDIN_PORT: process.env.NCALAYER_STANDIN_PORT,
      EDS_TEST_PKI_DIR: process.env.EDS_TEST_PKI_DIR,
    },
  },
});
