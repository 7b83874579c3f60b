import { isIP } from "node:net";
import { headers } from "next/headers";
import { env } from "@/lib/env";

// The one rule for "which address is this visitor's" (per-IP limits of sign-in and SMS codes, the
// sign-in log). `next start` has no other source than the X-Forwarded-For header: Next.js writes the
// connection's address there only when the request carries none, and keeps whatever a client sent.
// So the header is read from the right, where proxies append, and only as far as we trust:
// - TRUSTED_PROXY_HOPS=N (N ≥ 1, the number of our reverse proxies in front, each appending the address
//   it saw): the N-th entry from the right is the address our outermost proxy saw — what the client
//   wrote to the left of it is never read. With fewer entries than N (a request that skipped an
//   outer proxy), the leftmost.
// - TRUSTED_PROXY_HOPS=0 (default, nobody in front): the last entry, i.e. the connection's address when
//   the client sent no header. A client that sends its own header still chooses this value, so without
//   a proxy the per-IP limits only slow the naive; the per-login and per-phone limits hold regardless.
// X-Real-IP and the like are never read: without a proxy the client writes them.

/** The entries of an X-Forwarded-For header (all of its lines), left to right. */
function forwardedEntries(header: string | null | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

// The address an entry names, without brackets, port or the IPv4-mapped prefix; null when it is none.
export function normalizeIp(entry: string): string | null {
  let s = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/%.*$/, "").toLowerCase(); // zone id
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(s);
  if (mapped) s = mapped[1]!;
  return isIP(s) ? s : null;
}

// The client's address from the X-Forwarded-For header by the rule above, or null when there is none.
export function clientIpFrom(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  const entries = forwardedEntries(forwardedFor);
  if (!entries.length) return null;
  const index = Math.max(0, entries.length - Math.max(1, trustedHops));
  return normalizeIp(entries[index]!);
}

// The bucket an address counts in for per-IP limits: an IPv4 address as is, an IPv6 address by its /64
// network (one subscriber's usual allocation, so changing the last 64 bits does not make a new bucket).
export function ipBucket(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

// The client's address of the request being served (server actions, pages).
export async function requestClientIp(): Promise<string | null> {
  return clientIpFrom((await headers()).get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
}

// The client's address from a plain header record (what next-auth hands to a provider's authorize()).
export function clientIpOfHeaders(
  h: Record<string, string | string[] | undefined> | undefined,
): string | null {
  const v = h?.["x-forwarded-for"];
  return clientIpFrom(Array.isArray(v) ? v.join(",") : v, env().TRUSTED_PROXY_HOPS);
}
