import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { findStaffMember } from "@/lib/people/staff/queries";
import { staffSubject } from "@/lib/people/staff/subject";
import { issueCredentialsAction } from "@/lib/people/staff/actions";
import { slipInfo } from "@/lib/people/staff/slip";
import type { PeopleScope } from "@/lib/people/staff/page-scope";
import { can } from "@/lib/auth/policy";
import { personName } from "@/lib/org/names";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { StaffCredentials } from "./credentials";

// The invitation slip: "Generate" issues a login and one-time password, shown once on this screen as a
// printable slip. Nothing of the password is stored or put in a URL: a reload shows the button again, and a
// lost slip means issuing a new password.
export async function SlipPage({
  scope,
  membershipId,
  locale,
}: {
  scope: PeopleScope;
  membershipId: string;
  locale: string;
}) {
  const { actor, org, base } = scope;
  const m = await findStaffMember(org.id, membershipId);
  if (!m) notFound();
  const t = await getTranslations("people");
  const back = `${base}/${m.id}`;
  const subject = await staffSubject(m.id);
  const blocked =
    m.leftAt || m.excludedAt
      ? "rule.notActive"
      : m.personId === actor.personId
        ? "rule.selfCredentials"
        : m.worksElsewhere
          ? "rule.sharedAccount"
          : subject.subjectHasParentCabinet
            ? "rule.parentCabinet"
            : !can(actor, "staff.issue_credentials", subject)
              ? "rule.managersByLeader"
              : null;
  return (
    <ClientMessages namespaces={["people.credentials"]}>
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
              slip={{ personName: personName(m.person), ...(await slipInfo(org, locale)) }}
              backHref={back}
            />
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}
