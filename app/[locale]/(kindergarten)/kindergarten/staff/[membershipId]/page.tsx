import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { findStaffMember, kindergartenToday, listBindableGroups } from "@/lib/kindergarten/staff/queries";
import { updateEmploymentAction, updateStaffPersonAction } from "@/lib/kindergarten/staff/actions";
import { canKeepGroups } from "@/lib/kindergarten/staff/roles";
import { mayKeepManagers, staffSubject } from "@/lib/kindergarten/staff/subject";
import { can } from "@/lib/auth/policy";
import { requestNow } from "@/lib/clock/request-now";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { formatDate } from "@/lib/format";
import { maskIin } from "@/lib/iin/iin";
import { personName } from "@/lib/org/names";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ActionForm } from "@/components/forms/action-form";
import { StaffEmploymentFields, StaffPersonFields } from "@/components/kindergarten/staff-fields";
import { StaffGroupsForm } from "@/components/kindergarten/staff-groups-form";
import { StaffAccount } from "@/components/kindergarten/staff-account";
import { SignInLock } from "@/components/auth/sign-in-lock";
import { StaffEndForm, StaffRestoreForm } from "@/components/kindergarten/staff-employment-end";

type Props = {
  params: Promise<{ locale: string; membershipId: string }>;
  searchParams: Promise<{ added?: string }>;
};

// A staff member's card: personal data, employment, "Roles and rights: groups" (educators),
// login and password, and ending the employment (or restoring it from the archive). A manager's
// employment and sign-in are shown to the director (and the authority) only as forms; a person with a
// parent's cabinet keeps their personal data and account (the policy's "staff.manage" and
// "staff.issue_credentials" on the same subject the actions ask about).
export default async function StaffMemberPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const { membershipId } = await params;
  const m = await findStaffMember(kg.organizationId, membershipId);
  if (!m) notFound();
  const t = await getTranslations("kgStaff");
  const tRole = await getTranslations("memberRole");
  const active = !m.leftAt && !m.excludedAt;
  const self = m.personId === kg.actor.personId;
  const [groups, today, subject, makesManagers] = await Promise.all([
    listBindableGroups(kg.organizationId),
    kindergartenToday(kg.organizationId, await requestNow()),
    staffSubject(m.id),
    mayKeepManagers(kg.actor, kg.organizationId),
  ]);
  const keeps = can(kg.actor, "staff.manage", subject);
  const parentCabinet = subject.subjectHasParentCabinet;
  const ymd = (d: Date | null) => (d ? dbDateToYmd(d) : undefined);
  const p = m.person;
  const hidden = { membershipId: m.id };
  return (
    <div className="space-y-6" data-testid="staff-member">
      <div>
        <Link
          href={active ? "/kindergarten/staff" : "/kindergarten/staff?tab=archive"}
          className="text-sm text-brand-700 hover:underline"
        >
          {t("backToList")}
        </Link>
        <h1 className="text-2xl font-bold" data-testid="staff-member-name">
          {personName(p)}
        </h1>
        <p className="text-sm text-slate-600">
          {tRole(m.role)}
          {m.positionTitle ? ` · ${m.positionTitle}` : ""}
          {p.iin ? ` · ${t("iin")} ${maskIin(p.iin)}` : ""}
        </p>
      </div>
      {(await searchParams).added && active ? (
        <Alert tone="success" testId="staff-added">
          {t("added")}
        </Alert>
      ) : null}
      {!active ? (
        <Alert tone="warning" testId="staff-archived">
          {t("archivedNote", { date: formatDate(m.leftAt ?? m.excludedAt, locale) })}
        </Alert>
      ) : null}
      {m.worksElsewhere ? (
        <Alert tone="info" testId="staff-shared">
          {t("sharedPersonNote")}
        </Alert>
      ) : null}
      {parentCabinet ? (
        <Alert tone="info" testId="staff-parent-cabinet">
          {t("rule.parentPerson")}
        </Alert>
      ) : null}
      {!keeps ? (
        <Alert tone="info" testId="staff-manager-note">
          {t("rule.managersByDirector")}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("personalTitle")} testId="staff-person-card">
          {active && !m.worksElsewhere && !parentCabinet ? (
            <ActionForm
              action={updateStaffPersonAction}
              submitLabel={t("save")}
              hidden={hidden}
              testId="staff-person"
              className="grid gap-3 sm:grid-cols-2"
            >
              <StaffPersonFields
                values={{
                  lastName: p.lastName,
                  firstName: p.firstName,
                  middleName: p.middleName ?? "",
                  birthDate: ymd(p.birthDate),
                  sex: p.sex ?? "",
                  phone: p.phone ?? "",
                  email: p.email ?? "",
                }}
              />
            </ActionForm>
          ) : (
            <dl className="grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-500">{t("field.birthDate")}</dt>
                <dd>{formatDate(p.birthDate, locale)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("field.sex")}</dt>
                <dd>{p.sex ? t(`sex.${p.sex}`) : "—"}</dd>
              </div>
            </dl>
          )}
        </Card>
        <Card title={t("employmentTitle")} testId="staff-employment-card">
          {active && keeps ? (
            <ActionForm
              action={updateEmploymentAction}
              submitLabel={t("save")}
              hidden={hidden}
              testId="staff-employment"
              className="grid gap-3 sm:grid-cols-2"
            >
              <StaffEmploymentFields
                isAdministrator={m.isAdministrator}
                managerRoles={makesManagers}
                values={{
                  role: m.role,
                  positionTitle: m.positionTitle ?? "",
                  qualification: m.qualification ?? "",
                  arrivedAt: ymd(m.arrivedAt),
                }}
              />
            </ActionForm>
          ) : (
            <p className="text-sm">
              {t("col.since")}: {formatDate(m.arrivedAt, locale)}
            </p>
          )}
        </Card>
      </div>
      {active ? (
        <Card title={t("groupsTitle")} testId="staff-groups-card">
          {canKeepGroups(m.role) ? (
            <StaffGroupsForm membershipId={m.id} groups={groups} boundIds={m.groupIds} />
          ) : (
            <p className="text-sm text-slate-600" data-testid="staff-groups-not-educator">
              {t("groupsNotEducator")}
            </p>
          )}
        </Card>
      ) : null}
      <Card title={t("credentials.title")} testId="staff-account-card">
        <StaffAccount
          membershipId={m.id}
          account={m.account}
          canIssue={active && !self && !m.worksElsewhere && can(kg.actor, "staff.issue_credentials", subject)}
          locale={locale}
        />
        <SignInLock
          membershipId={m.id}
          login={m.account.login}
          locale={locale}
          timeZone={m.organization.timeZone}
        />
      </Card>
      {active && !self && keeps ? (
        <Card title={t("end.title")} testId="staff-end-card">
          <StaffEndForm membershipId={m.id} today={today} />
        </Card>
      ) : null}
      {!active && keeps ? (
        <Card title={t("end.restoreTitle")} testId="staff-restore-card">
          <StaffRestoreForm membershipId={m.id} />
        </Card>
      ) : null}
    </div>
  );
}
