// The NCALayer stand-in for the demo and the e2e tests (docs/EDS.md):
//   npx tsx scripts/ncalayer-standin.ts [--dir .data/eds-test-pki] [--port 13579] [--fresh]
// Generates the test PKI when the folder has none (or with --fresh), then serves NCALayer's protocol
// on ws://127.0.0.1:<port> with the test keys. Env: NCALAYER_STANDIN_PORT, EDS_TEST_PKI_DIR, NCALAYER_STANDIN_KEY.
import path from "node:path";
import { DEMO_IINS } from "../prisma/seed/context";
import {
  IDENTITY_NAMES,
  generateTestPki,
  readManifest,
  type IdentityName,
} from "../lib/eds/testing/test-pki";
import { startStandin } from "../lib/eds/testing/standin-server";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const dir = path.resolve(arg("dir") ?? process.env.EDS_TEST_PKI_DIR ?? ".data/eds-test-pki");
  const port = Number(arg("port") ?? process.env.NCALAYER_STANDIN_PORT ?? 13579);
  const key = (process.env.NCALAYER_STANDIN_KEY ?? "parent") as IdentityName;
  if (!IDENTITY_NAMES.includes(key))
    throw new Error(`NCALAYER_STANDIN_KEY must be one of ${IDENTITY_NAMES.join(", ")}`);
  if (process.argv.includes("--fresh") || !readManifest(dir)) {
    console.log(`NCALayer stand-in: generating the test PKI in ${dir}…`);
    generateTestPki({ dir, parentIin: DEMO_IINS.parent1, otherIin: DEMO_IINS.parent2 });
  }
  const standin = await startStandin({ dir, port, identity: key });
  console.log(
    `NCALayer stand-in: ${standin.url} (choose the test key at http://127.0.0.1:${standin.port}/), trusted roots in ${path.join(dir, "trust")}`,
  );
  const stop = () => void standin.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(`NCALayer stand-in: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
