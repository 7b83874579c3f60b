// Shared settings of `npm run bench:data` (bench/data.ts) and `npm run bench` (bench/run.mjs).
import path from "node:path";

// Every generated staff member signs in with this password (hashed once by the generator).
export const BENCH_PASSWORD = "bench12345";
// The seed of the generator's hashes: the same seed and scale give the same data.
export const BENCH_SEED = 14;
// The day the region's data is made for, and the benchmark's clock (BALABAQSHA_NOW): the 3rd, so the
// confirmation window (1st–10th) of the last month is open.
export const BENCH_TODAY = "2026-12-03";

// The embedded server of the benchmark (kept between runs: generating the full region takes minutes).
export const benchDataDir = (root) => path.join(root, ".data", "bench");
export const benchPort = () => Number(process.env.PGPORT_BENCH ?? 5497);
