import { notFound } from "next/navigation";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { isAuthorityMember } from "@/lib/auth/actor";
import { requestNow } from "@/lib/clock/request-now";
import { isReportOf } from "@/lib/reports/catalogue";
import type { ReportSearch } from "@/lib/reports/filters";
import { DEFINITIONS } from "@/lib/reports/registry";
import { runReport } from "@/lib/reports/run";
import { reportWords } from "@/lib/reports/words";
import { ReportView } from "@/components/reports/report-view";

type Props = { params: Promise<{ locale: string; report: string }>; searchParams: Promise<ReportSearch> };

export async function generateMetadata({ params }: Props) {
  const locale = await resolveLocale(params);
  const { report } = await params;
  return isReportOf("authority", report)
    ? { title: (await reportWords(locale)).dyn(`titles.${report}`) }
    : {};
}

// One report of the authority over its own and subordinate organisations, filtered by the address.
export default async function AuthorityReportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { report } = await params;
  if (!isReportOf("authority", report)) notFound();
  const home = (await requirePage(locale, "authority.enter")).memberships.find(isAuthorityMember);
  const actor = await requirePage(locale, "report.read", { orgPath: home ? [home.organizationId] : [] });
  const run = await runReport(DEFINITIONS[report], {
    area: "authority",
    actor,
    search: await searchParams,
    now: await requestNow(),
    locale,
  });
  return <ReportView run={run} />;
}
