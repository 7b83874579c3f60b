import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { currentKindergarten } from "@/lib/kindergarten/current";
import { reportWords } from "@/lib/reports/words";
import { ReportList } from "@/components/reports/report-list";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return { title: (await reportWords(locale)).t("list.title") };
}

// The kindergarten's own reports (its managers): the list of those that exist.
export default async function KindergartenReportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const kg = currentKindergarten(await requirePage(locale, "kindergarten.enter"));
  await requirePage(locale, "report.read_own", { organizationId: kg?.organizationId });
  return <ReportList area="kindergarten" words={await reportWords(locale)} />;
}
