import { describe, expect, it } from "vitest";
import { clientIpFrom, ipBucket, normalizeIp } from "@/lib/auth/client-ip";

describe("the client's address (M5: forwarded headers are trusted only as far as our proxies)", () => {
  it("without a proxy takes the last entry — what Next.js recorded from the connection — never the first", () => {
    expect(clientIpFrom("203.0.113.7", 0)).toBe("203.0.113.7");
    // A client that writes its own header does not get to pick from the left of it.
    expect(clientIpFrom("1.1.1.1, 203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientIpFrom(null, 0)).toBeNull();
    expect(clientIpFrom("", 0)).toBeNull();
  });

  it("behind N proxies takes the N-th entry from the right, whatever the client put before it", () => {
    expect(clientIpFrom("6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(clientIpFrom("6.6.6.6, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
    // Fewer entries than proxies (an outer one skipped): the leftmost there is.
    expect(clientIpFrom("198.51.100.4", 2)).toBe("198.51.100.4");
  });

  it("reads addresses with ports, brackets and the IPv4-mapped prefix; refuses anything else", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normalizeIp("unknown")).toBeNull();
    expect(clientIpFrom("1.1.1.1, <script>", 1)).toBeNull();
  });

  it("counts IPv6 visitors by their /64 network, IPv4 by the address", () => {
    expect(ipBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(ipBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(ipBucket("2001:0db8:0001:0002:ffff:1:2:3")).toBe("2001:db8:1:2::/64");
    expect(ipBucket("::1")).toBe("0:0:0:0::/64");
  });
});
