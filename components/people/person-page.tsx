import { localName } from "@/lib/org/names";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { findStaffMember, listBindableGroups, organizationToday } from "@/lib/people/staff/queries";
import { updateEmploymentAction, updateStaffPersonAction } from "@/lib/people/staff/actions";
import { canKeepGroups, isKindergartenKind, rolesFor } from "@/lib/people/staff/roles";
import { mayKeepManagers, staffSubject } from "@/lib/people/staff/subject";
import { listUnits } from "@/lib/people/staff/units";
import type { PeopleScope } from "@/lib/people/staff/page-scope";
import { can } from "@/lib/auth/policy";
import { requestNow } from "@/lib/clock/request-now";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { formatDate, formatDateTime } from "@/lib/format";
import { maskIin } from "@/lib/iin/iin";
import { personName } from "@/lib/org/names";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ActionForm } from "@/components/forms/action-form";
import { SignInLock } from "@/components/auth/sign-in-lock";
import { StaffEmploymentFields, StaffPersonFields, StaffRoleFields } from "./fields";
import { StaffGroupsForm } from "./groups-form";
import { StaffAccount } from "./account";
import { StaffEndForm, StaffExcludeForm, StaffRestoreForm } from "./employment-end";

// A person's page in the organisation's people (seed 002, the participant's "Личные данные" and "Обзор"):
// personal data; employment — role, public position title, unit, a kindergarten's qualification — with the
// extra rights on the profile (administrator, moderator, editor); a kindergarten educator's groups; login
// and password; ending the employment, excluding from the organisation, or restoring from the archive. A
// manager's employment and sign-in are forms only for the leader (director, head) or a higher authority; a
// person with a parent's cabinet keeps their personal data and account (the policy's "staff.manage" and
// "staff.issue_credentials" on the same subject the actions ask about).
export async function PersonPage({
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
  const tRole = await getTranslations("memberRole");
  const kindergarten = isKindergartenKind(org.kind);
  const active = !m.leftAt && !m.excludedAt;
  const self = m.personId === actor.personId;
  const [groups, today, subject, makesManagers, units] = await Promise.all([
    kindergarten ? listBindableGroups(org.id) : Promise.resolve([]),
    organizationToday(org.id, await requestNow()),
    staffSubject(m.id),
    mayKeepManagers(actor, org.id),
    listUnits(org.id),
  ]);
  const keeps = can(actor, "staff.manage", subject);
  const parentCabinet = subject.subjectHasParentCabinet;
  const ymd = (d: Date | null) => (d ? dbDateToYmd(d) : undefined);
  const p = m.person;
  const hidden = { membershipId: m.id };
  const unitName = (u: { nameKk: string; nameRu: string }) => localName(u.nameKk, u.nameRu, locale);
  return (
    <ClientMessages namespaces={["people", "memberRole", "qualification"]}>
      <div className="space-y-6" data-testid="staff-member">
        <div>
          <Link
            href={active ? base : `${base}?tab=archive`}
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
        {m.leftAt ? (
          <Alert tone="warning" testId="staff-archived">
            {t("archivedNote", { date: formatDate(m.leftAt, locale) })}
          </Alert>
        ) : m.excludedAt ? (
          <Alert tone="warning" testId="staff-excluded">
            {t("excludedNote", { date: formatDateTime(m.excludedAt, locale, org.timeZone) })}
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
            {t("rule.managersByLeader")}
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
                <StaffRoleFields
                  roles={rolesFor(org.kind)}
                  managerRoles={makesManagers}
                  values={{ role: m.role, arrivedAt: ymd(m.arrivedAt) }}
                />
                <StaffEmploymentFields
                  rights={{
                    isAdministrator: m.isAdministrator,
                    isModerator: m.isModerator,
                    isEditor: m.isEditor,
                  }}
                  managerRoles={makesManagers}
                  qualification={kindergarten}
                  units={units.map((u) => ({ id: u.id, name: unitName(u) }))}
                  values={{
                    positionTitle: m.positionTitle ?? "",
                    unitId: m.unitId ?? "",
                    qualification: m.qualification ?? "",
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
        {active && kindergarten ? (
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
            base={base}
            account={m.account}
            canIssue={active && !self && !m.worksElsewhere && can(actor, "staff.issue_credentials", subject)}
            locale={locale}
          />
          <SignInLock membershipId={m.id} login={m.account.login} locale={locale} timeZone={org.timeZone} />
        </Card>
        {active && !self && keeps ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("end.title")} testId="staff-end-card">
              <StaffEndForm membershipId={m.id} today={today} />
            </Card>
            <Card title={t("exclude.title")} testId="staff-exclude-card">
              <StaffExcludeForm membershipId={m.id} />
            </Card>
          </div>
        ) : null}
        {!active && keeps ? (
          <Card title={t("end.restoreTitle")} testId="staff-restore-card">
            <StaffRestoreForm membershipId={m.id} />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
