// `npm run test:soak` (issue 15): what is too long for `npm test`, in one command —
// 1. the big input fuzz: tests/integration/fuzz-actions.test.ts with FUZZ_RUNS=500 inputs per action,
//    the actions split over --shards vitest processes (each with its own database);
// 2. the crash test: scripts/soak/crash.mjs (SIGKILL of the production server under load, then of the
//    nightly job mid-run).
// Writes tests/soak/results/fuzz.json and crash.json (docs/SECURITY.md, "Promises", quotes them) and
// exits 1 when any part fails.
//
//   npm run test:soak [-- --fuzz-runs 500] [--shards 2] [--only fuzz|crash]
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const RUNS = Number(arg("fuzz-runs", 500));
const SHARDS = Number(arg("shards", 2));
const ONLY = arg("only", "");
const results = path.join(root, "tests", "soak", "results");

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function fuzz() {
  fs.mkdirSync(results, { recursive: true });
  const vitest = path.join(root, "node_modules", ".bin", "vitest");
  const codes = await Promise.all(
    Array.from({ length: SHARDS }, (_, i) =>
      run(vitest, ["run", "--project", "integration", "tests/integration/fuzz-actions.test.ts"], {
        FUZZ_RUNS: String(RUNS),
        FUZZ_SHARD: `${i}/${SHARDS}`,
        FUZZ_RESULTS: path.join(results, `fuzz-${i}.json`),
      }),
    ),
  );
  // One file of figures for all shards.
  const parts = Array.from({ length: SHARDS }, (_, i) => path.join(results, `fuzz-${i}.json`))
    .filter((f) => fs.existsSync(f))
    .map((f) => {
      const p = JSON.parse(fs.readFileSync(f, "utf8"));
      fs.rmSync(f);
      return p;
    });
  const figures = Object.assign({}, ...parts.map((p) => p.figures));
  const sum = (k) => Object.values(figures).reduce((s, f) => s + f[k], 0);
  fs.writeFileSync(
    path.join(results, "fuzz.json"),
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        runsPerAction: RUNS,
        actions: Object.keys(figures).length,
        total: sum("cases"),
        refused: sum("refused"),
        accepted: sum("accepted"),
        passed: codes.every((c) => c === 0),
        figures,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`[soak] fuzz: ${Object.keys(figures).length} actions, ${sum("cases")} cases`);
  return codes.every((c) => c === 0) ? 0 : 1;
}

const started = Date.now();
let failed = 0;
if (!ONLY || ONLY === "fuzz") failed += await fuzz();
if (!ONLY || ONLY === "crash")
  failed += await run(process.execPath, [path.join(root, "scripts", "soak", "crash.mjs")]);
console.log(`[soak] ${failed ? "FAILED" : "passed"} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
