import { localName } from "@/lib/org/names";
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { requestNow } from "@/lib/clock/request-now";
import { organizationToday } from "./queries";

// The portal's address for the slip: NEXTAUTH_URL when set, else the address this page was opened at.
async function portalOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

// What an invitation slip says besides the person, the login and the password: the organisation, the
// staff sign-in address and today's date in the organisation's zone.
export async function slipInfo(
  org: { id: string; fullNameKk: string; fullNameRu: string },
  locale: string,
): Promise<{ organization: string; portalUrl: string; issuedOn: string }> {
  return {
    organization: localName(org.fullNameKk, org.fullNameRu, locale),
    portalUrl: `${await portalOrigin()}/${locale}/sign-in?as=staff`,
    issuedOn: formatDate(ymdToDbDate(await organizationToday(org.id, await requestNow())), locale),
  };
}
