import { ClientMessages } from "@/components/i18n/client-messages";
import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { PlaceFilters } from "@/components/queue/place-filters";
import { PlaceTable } from "@/components/queue/place-table";
import { RecruitmentPublic } from "@/components/queue/recruitment-public";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { localDate } from "@/lib/calendar/zone";
import { orgShortName } from "@/lib/org/names";
import { chosenDistrict, territoryName } from "@/lib/org/territories";
import { claimableApplications, openPlaces, PLACES_PAGE, registryChoices } from "@/lib/queue/public-places";
import { Pager, pageParam, pagesOf } from "@/components/ui/pager";
import { parseRegistryFilter, type RegistrySearch } from "@/lib/queue/places/registry-filter";
import { districtSchedule } from "@/lib/queue/recruitment/public";
import { augustPauseEnd } from "@/lib/queue/places/window";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "places" }))("title") };
}

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RegistrySearch & { page?: string }>;
};

// Public registry of free places: places open now, priority (until when) or general access, filtered by
// district, kindergarten, cohort and language; signed-in parents take a general-access place here. The
// chosen district's summer-recruitment schedule is shown below.
export default async function PlacesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("places");
  const now = await requestNow();
  const chosen = await chosenDistrict();
  const q = await searchParams;
  const filter = parseRegistryFilter(q, chosen?.code ?? null);
  const page = pageParam(q.page);
  const actor = await getActor();
  const [places, choices, applications] = await Promise.all([
    openPlaces(filter, now, { skip: (page - 1) * PLACES_PAGE, take: PLACES_PAGE }),
    registryChoices(filter.district),
    claimableApplications(actor, now),
  ]);
  const district = choices.districts.find((d) => d.code === filter.district) ?? null;
  const schedule = district ? await districtSchedule(district.id, Number(localDate(now).slice(0, 4))) : null;
  return (
    <ClientMessages
      namespaces={["places.take", "places.forApplication", "places.chooseApplication", "places.claim"]}
    >
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("lead")}</p>
        {augustPauseEnd(localDate(now)) ? (
          <Alert tone="info" testId="places-august">
            {t("augustNotice")}
          </Alert>
        ) : null}
        <Card>
          <PlaceFilters filter={filter} choices={choices} locale={locale} />
        </Card>
        {actor?.audience === "parent" ? (
          <Alert tone="warning">{t(applications.length > 0 ? "parentHint" : "parentNoApplication")}</Alert>
        ) : (
          <p className="text-sm text-slate-600">{t("signInHint")}</p>
        )}
        <Card testId="places-table" title={t("openCount", { count: places.total })}>
          {places.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <div className="space-y-3">
              <PlaceTable places={places.rows} applications={applications} locale={locale} />
              <Pager
                page={page}
                pages={pagesOf(places.total, PLACES_PAGE)}
                href={(n) => `/places?${placesQuery(q, n)}`}
                testId="places-pager"
              />
            </div>
          )}
        </Card>
        {district ? (
          <Card
            title={
              schedule
                ? t("scheduleTitle", {
                    year: schedule.year,
                    authority: orgShortName(schedule.authority, locale),
                  })
                : t("scheduleNone", { district: territoryName(district, locale) })
            }
            testId="places-schedule"
          >
            {schedule ? (
              <RecruitmentPublic lines={schedule.lines} year={schedule.year} locale={locale} />
            ) : null}
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}

// The registry's address for page n, keeping the filters as they were given.
function placesQuery(q: RegistrySearch, page: number): string {
  const out = new URLSearchParams();
  for (const k of ["district", "kg", "year", "lang"] as const) if (q[k] !== undefined) out.set(k, q[k]!);
  if (page > 1) out.set("page", String(page));
  return out.toString();
}
