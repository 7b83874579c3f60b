import { ClientMessages } from "@/components/i18n/client-messages";
import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ServiceIcon } from "@/components/ui/service-icon";
import { DistrictSelector } from "@/components/district-selector";
import { chosenDistrict, listRegionsWithDistricts, territoryName } from "@/lib/org/territories";
import { districtStats } from "@/lib/org/district-stats";
import { orgShortName } from "@/lib/org/names";
import { departmentOfTerritory } from "@/lib/profile/org";
import { env } from "@/lib/env";
import { getActor } from "@/lib/auth/session";

const SERVICES = [
  { key: "queue", href: "/cabinet/queue" },
  { key: "timesheet", href: "/cabinet/timesheet" },
  { key: "places", href: "/places" },
  { key: "protocol", href: "/protocol" },
] as const;

// Public home (seed 000): the services, the district selector, instructions and support.
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("home");
  const [regions, district, actor] = await Promise.all([
    listRegionsWithDistricts(),
    chosenDistrict(),
    getActor(),
  ]);
  const [stats, department] = district
    ? await Promise.all([districtStats(district.id), departmentOfTerritory(district.id)])
    : [null, null];
  return (
    <ClientMessages namespaces={["home", "profile.links"]}>
      <div className="space-y-6">
        <section className="rounded-xl bg-brand-700 px-5 py-8 text-white sm:px-8">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          <p className="mt-2 max-w-2xl text-brand-50">{t("lead")}</p>
        </section>

        <Card title={t("districtTitle")} testId="district-card">
          <DistrictSelector
            current={district?.code ?? null}
            department={department ? { slug: department.slug, name: orgShortName(department, locale) } : null}
            regions={regions.map((r) => ({
              name: territoryName(r, locale),
              districts: r.children.map((d) => ({ code: d.code, name: territoryName(d, locale) })),
            }))}
          />
          {district && stats ? (
            <dl className="mt-4 grid grid-cols-1 gap-3 text-sm sm:grid-cols-3" data-testid="district-stats">
              <div>
                <dt className="text-slate-500">{t("statKindergartens")}</dt>
                <dd className="text-xl font-semibold">{stats.kindergartens}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("statOpenPlaces")}</dt>
                <dd className="text-xl font-semibold">{stats.openPlaces}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("statWaiting")}</dt>
                <dd className="text-xl font-semibold">{stats.waiting}</dd>
              </div>
            </dl>
          ) : (
            <p className="mt-3 text-sm text-slate-500">{t("districtHint")}</p>
          )}
        </Card>

        <section aria-labelledby="services-title">
          <h2 id="services-title" className="mb-3 text-lg font-semibold">
            {t("servicesTitle")}
          </h2>
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {SERVICES.map((s) => (
              <li key={s.key}>
                <Link
                  href={
                    !actor && s.href.startsWith("/cabinet")
                      ? `/sign-in?next=${encodeURIComponent(s.href)}`
                      : s.href
                  }
                  data-testid={`service-${s.key}`}
                  className="flex h-full gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-600"
                >
                  <ServiceIcon name={s.key} />
                  <span>
                    <span className="block font-semibold text-brand-700">{t(`services.${s.key}.title`)}</span>
                    <span className="mt-1 block text-sm text-slate-600">{t(`services.${s.key}.text`)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Card title={t("helpTitle")}>
            <p className="text-sm text-slate-700">{t("helpText")}</p>
            <Link
              href="/instructions"
              className="mt-3 inline-block font-medium text-brand-700 hover:underline"
              data-testid="instructions-link"
            >
              {t("instructionsLink")}
            </Link>
            <p className="mt-3 text-sm">{t("supportLine", { phone: env().SUPPORT_PHONE })}</p>
          </Card>
          <Alert tone="warning" testId="fraud-warning">
            <p className="font-semibold">{t("fraudTitle")}</p>
            <p className="mt-1">{t("fraudText")}</p>
          </Alert>
        </div>
      </div>
    </ClientMessages>
  );
}
