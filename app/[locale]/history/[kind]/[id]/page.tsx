import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { redirect } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/guard";
import { getActor } from "@/lib/auth/session";
import { orgPathOf } from "@/lib/auth/load-actor";
import { prisma } from "@/lib/db/prisma";
import { DEFAULT_TIME_ZONE } from "@/lib/calendar/zone";
import { orgShortName, personName } from "@/lib/org/names";
import { formatMonth } from "@/lib/format";
import {
  auditHistory,
  auditScope,
  HISTORY_PAGE,
  subjectOrganization,
  type HistorySubject,
} from "@/lib/audit/history";
import { Card } from "@/components/ui/card";
import { Pager, pageParam, pagesOf } from "@/components/ui/pager";
import { HistoryList } from "@/components/audit/history-list";

type Props = {
  params: Promise<{ locale: string; kind: string; id: string }>;
  searchParams: Promise<{ page?: string }>;
};

const KINDS = ["org", "child", "timesheet"] as const;

// The audit history of an organisation, a child or a timesheet (issue 15 §5), 50 records a page: for the
// authorities above the organisation and its own managers ("audit.read"), only the records of the
// organisations they may read (lib/audit/history.ts).
export default async function HistoryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { kind, id } = await params;
  if (!(KINDS as readonly string[]).includes(kind) || !id || id.length > 64) notFound();
  const subject: HistorySubject = { kind: kind as HistorySubject["kind"], id };
  const actor = await getActor();
  if (!actor) return redirect({ href: "/sign-in", locale });
  const scope = await auditScope(actor);
  const organizationId = await subjectOrganization(subject, scope);
  if (!organizationId) {
    // Nothing of it in the viewer's reach: an unknown subject is not found, a known one not theirs.
    if (!(await subjectExists(subject))) notFound();
    return redirect({ href: "/no-access", locale });
  }
  await requirePage(locale, "audit.read", { organizationId, orgPath: await orgPathOf(organizationId) });
  const t = await getTranslations("history");
  const title = await subjectTitle(subject, locale);
  const asked = pageParam((await searchParams).page);
  let history = await auditHistory(subject, scope, asked);
  const pages = pagesOf(history.total, HISTORY_PAGE);
  const page = Math.min(asked, pages);
  if (page !== asked) history = await auditHistory(subject, scope, page);
  const { rows, total } = history;
  const tz =
    (await prisma.organization.findUnique({ where: { id: organizationId }, select: { timeZone: true } }))
      ?.timeZone ?? DEFAULT_TIME_ZONE;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{t(`title.${subject.kind}`)}</h1>
        <p className="text-slate-700" data-testid="history-subject">
          {title}
        </p>
        <p className="text-sm text-slate-600">{t("lead")}</p>
      </div>
      <Card testId="history">
        <div className="space-y-3">
          <p className="text-sm text-slate-600" data-testid="history-count">
            {t("count", { count: total })}
          </p>
          <HistoryList rows={rows} locale={locale} tz={tz} />
          <Pager
            page={page}
            pages={pages}
            href={(n) => `/history/${kind}/${id}${n > 1 ? `?page=${n}` : ""}`}
          />
        </div>
      </Card>
    </div>
  );
}

// Whether the subject exists at all (for "not found" versus "not yours").
async function subjectExists(s: HistorySubject): Promise<boolean> {
  const where = { where: { id: s.id }, select: { id: true } };
  if (s.kind === "org") return !!(await prisma.organization.findUnique(where));
  if (s.kind === "timesheet") return !!(await prisma.timesheet.findUnique(where));
  return !!(await prisma.person.findUnique(where));
}

// What the history is of: the organisation's name, the child's name, the timesheet's child, month and place.
async function subjectTitle(s: HistorySubject, locale: string): Promise<string> {
  if (s.kind === "org")
    return orgShortName(await prisma.organization.findUniqueOrThrow({ where: { id: s.id } }), locale);
  if (s.kind === "child") return personName(await prisma.person.findUniqueOrThrow({ where: { id: s.id } }));
  const sheet = await prisma.timesheet.findUniqueOrThrow({
    where: { id: s.id },
    include: { child: true, organization: true },
  });
  return `${personName(sheet.child)} · ${formatMonth(sheet.year, sheet.month, locale)} · ${orgShortName(sheet.organization, locale)}`;
}
