import { env, productionProblems } from "@/lib/env";
import { isClockFixed } from "@/lib/clock/clock";

// Out of demo mode the server refuses to start while any setting is unsafe (lib/env.ts
// productionProblems), naming each, and exits non-zero. Called once by instrumentation.ts.
export function refuseUnsafeStart(): void {
  const problems = productionProblems(env(), isClockFixed());
  if (!problems.length) return;
  process.stderr.write(
    `Balabaqsha refuses to start out of demo mode (BALABAQSHA_DEMO is not 1):\n${problems.map((p) => `  - ${p}`).join("\n")}\n`,
  );
  process.exit(1);
}
