// Generates the project's test PKI for EDS (test root + issuing CA, test PKCS#12 keys for the
// NCALayer stand-in): `npx tsx scripts/eds-test-pki.ts [folder]` (default .data/eds-test-pki).
// The trusted roots for the demo are then in <folder>/trust (EDS_TRUST_DIR). Never commit the keys.
import path from "node:path";
import { DEMO_IINS } from "../prisma/seed/context";
import { generateTestPki } from "../lib/eds/testing/test-pki";

const dir = path.resolve(process.argv[2] ?? ".data/eds-test-pki");
const manifest = generateTestPki({ dir, parentIin: DEMO_IINS.parent1, otherIin: DEMO_IINS.parent2 });
console.log(`Test PKI written to ${dir}`);
console.log(`  trusted roots: ${path.join(dir, manifest.trustDir)}  (EDS_TRUST_DIR)`);
console.log(`  key password:  ${manifest.password}`);
for (const [name, id] of Object.entries(manifest.identities))
  console.log(`  ${name.padEnd(10)} ${id.label}, IIN ${id.iin}: ${id.auth}, ${id.sign}`);
