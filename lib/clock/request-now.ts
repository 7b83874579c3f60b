import "server-only";
import { cookies } from "next/headers";
import { env, isDemoMode } from "@/lib/env";
import { now, parseClockOverride } from "./clock";

export const CLOCK_COOKIE = "bq_now";

// "Now" for this request: in test mode an e2e test may set it with the bq_now cookie
// (an ISO date-time); otherwise the process clock.
export async function requestNow(): Promise<Date> {
  if (env().BALABAQSHA_TEST_MODE !== "1" || !isDemoMode()) return now();
  const value = (await cookies()).get(CLOCK_COOKIE)?.value;
  return parseClockOverride(value ? decodeURIComponent(value) : undefined) ?? now();
}
