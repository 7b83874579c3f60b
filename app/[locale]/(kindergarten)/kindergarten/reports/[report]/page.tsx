import { notFound } from "next/navigation";
import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { requestNow } from "@/lib/clock/request-now";
import { currentKindergarten } from "@/lib/kindergarten/current";
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
  return isReportOf("kindergarten", report)
    ? { title: (await reportWords(locale)).dyn(`titles.${report}`) }
    : {};
}

// One report of the manager's own kindergarten (the same report as the authority's, scoped to it).
export default async function KindergartenReportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { report } = await params;
  if (!isReportOf("kindergarten", report)) notFound();
  const kg = currentKindergarten(await requirePage(locale, "kindergarten.enter"));
  const actor = await requirePage(locale, "report.read_own", { organizationId: kg?.organizationId });
  const run = await runReport(DEFINITIONS[report], {
    area: "kindergarten",
    actor,
    search: await searchParams,
    now: await requestNow(),
    locale,
  });
  return <ReportView run={run} />;
}
