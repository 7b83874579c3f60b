import { env, productionProblems } from "@/lib/env";
import { isClockFixed } from "@/lib/clock/clock";
import { configuredKeyProblem } from "@/lib/security/portal-key-material";

// Out of demo mode the server refuses to start while any setting is unsafe (lib/env.ts
// productionProblems), naming each, and exits non-zero. Called once by instrumentation.ts.
export function refuseUnsafeStart(): void {
  const e = env();
  // A configured signing key that can't be read is refused in any mode (it would fail at the first signature).
  const keyProblem = configuredKeyProblem(e);
  const problems = [...productionProblems(e, isClockFixed()), ...(keyProblem ? [keyProblem] : [])];
  // Behind TLS there is a proxy in front; without TRUSTED_PROXY_HOPS every visitor could pick their own
  // address for the sign-in limits (lib/auth/client-ip.ts). Served, but said at start.
  if (e.BALABAQSHA_DEMO !== "1" && e.NEXTAUTH_URL?.startsWith("https:") && e.TRUSTED_PROXY_HOPS === 0)
    process.stderr.write(
      "Balabaqsha: NEXTAUTH_URL is https but TRUSTED_PROXY_HOPS is 0 — set it to the number of proxies in front, or the per-address sign-in limits can be dodged\n",
    );
  if (!problems.length) return;
  process.stderr.write(
    `Balabaqsha refuses to start${e.BALABAQSHA_DEMO === "1" ? "" : " out of demo mode (BALABAQSHA_DEMO is not 1)"}:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`,
  );
  process.exit(1);
}
