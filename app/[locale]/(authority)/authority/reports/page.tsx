import { resolveLocale } from "@/i18n/page-locale";
import { requirePage } from "@/lib/auth/guard";
import { isAuthorityMember } from "@/lib/auth/actor";
import { reportWords } from "@/lib/reports/words";
import { ReportList } from "@/components/reports/report-list";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return { title: (await reportWords(locale)).t("list.title") };
}

// The authority's reports: the list of those that exist.
export default async function AuthorityReportsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const home = (await requirePage(locale, "authority.enter")).memberships.find(isAuthorityMember);
  await requirePage(locale, "report.read", { orgPath: home ? [home.organizationId] : [] });
  return <ReportList area="authority" words={await reportWords(locale)} />;
}
