import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requestClientIp } from "@/lib/auth/client-ip";

// The address of the request being served, by the same rule as the sign-in throttle
// (lib/auth/client-ip.ts: X-Forwarded-For read from the right only as far as the trusted proxies go,
// validated as an IP; X-Real-IP is never read, a client could write it). Null outside a request.
export async function currentRequestIp(): Promise<string | null> {
  try {
    return await requestClientIp();
  } catch (e) {
    unstable_rethrow(e); // Next's own signals (dynamic usage while prerendering) pass through
    return null; // "headers was called outside a request scope": a job, a script, a test
  }
}
