import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { env } from "@/lib/env";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { findStaffMember, kindergartenToday } from "@/lib/kindergarten/staff/queries";
import { staffSubject } from "@/lib/kindergarten/staff/subject";
import { can } from "@/lib/auth/policy";
import { issueCredentialsAction } from "@/lib/kindergarten/staff/actions";
import { requestNow } from "@/lib/clock/request-now";
import { formatDate } from "@/lib/format";
import { personName } from "@/lib/org/names";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { StaffCredentials } from "@/components/kindergarten/staff-credentials";

type Props = { params: Promise<{ locale: string; membershipId: string }> };

// The portal's address for the slip: NEXTAUTH_URL when set, else the address this page was opened at.
async function portalOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

// The invitation slip: "Generate" issues a login and one-time password, shown once on this
// screen as a printable slip. Nothing of the password is stored or put in a URL: a reload shows
// the button again, and a lost slip means issuing a new password.
export default async function StaffSlipPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const { membershipId } = await params;
  const m = await findStaffMember(kg.organizationId, membershipId);
  if (!m) notFound();
  const t = await getTranslations("kgStaff");
  const back = `/kindergarten/staff/${m.id}`;
  const subject = await staffSubject(m.id);
  const blocked =
    m.leftAt || m.excludedAt
      ? "rule.notActive"
      : m.personId === kg.actor.personId
        ? "rule.selfCredentials"
        : m.worksElsewhere
          ? "rule.sharedAccount"
          : subject.subjectHasParentCabinet
            ? "rule.parentCabinet"
            : !can(kg.actor, "staff.issue_credentials", subject)
              ? "rule.managersByDirector"
              : null;
  const slip = {
    personName: personName(m.person),
    organization: locale === "ru" ? m.organization.fullNameRu : m.organization.fullNameKk,
    portalUrl: `${await portalOrigin()}/${locale}/sign-in?as=staff`,
    issuedOn: formatDate(ymdToDbDate(await kindergartenToday(kg.organizationId, await requestNow())), locale),
  };
  return (
    <div className="space-y-6">
      <div className="no-print">
        <Link href={back} className="text-sm text-brand-700 hover:underline">
          ← {personName(m.person)}
        </Link>
        <h1 className="text-2xl font-bold">{t("credentials.slipTitle")}</h1>
      </div>
      {blocked ? (
        <Alert tone="error" testId="staff-slip-blocked">
          {t(blocked)}
        </Alert>
      ) : (
        <Card className="print:p-0 print:shadow-none print:ring-0">
          <StaffCredentials
            action={issueCredentialsAction}
            membershipId={m.id}
            hasCredentials={m.account.status !== "none"}
            slip={slip}
            backHref={back}
          />
        </Card>
      )}
    </div>
  );
}
