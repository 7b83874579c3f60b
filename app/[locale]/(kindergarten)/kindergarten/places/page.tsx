import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { requestNow } from "@/lib/clock/request-now";
import { kindergartenPlacesPage } from "@/lib/queue/places/kg-places";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { localDate } from "@/lib/calendar/zone";
import { augustPauseEnd } from "@/lib/queue/places/window";
import { PlaceReleaseForm } from "@/components/queue/place-release-form";
import { PlaceKgList } from "@/components/queue/place-kg-list";
import { RecruitmentOwnShifts } from "@/components/queue/recruitment-own-shifts";
import { ownScheduleLines } from "@/lib/queue/recruitment/own-shift";

// "Places released to the queue" (administrator): release free places of a group, withdraw an open one
// until it is taken, follow every place's status and history, and shift the kindergarten's own summer
// recruitment dates.
export default async function KindergartenPlacesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgPlaces");
  const now = await requestNow();
  const [{ groups, places, timeZone }, summer] = await Promise.all([
    kindergartenPlacesPage(kg.organizationId, now),
    ownScheduleLines(kg.organizationId, now),
  ]);
  const tR = await getTranslations("recruitment");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("lead")}</p>
      </div>
      {augustPauseEnd(localDate(now, timeZone)) ? (
        <Alert tone="info" testId="kg-places-august">
          {t("augustNotice")}
        </Alert>
      ) : null}
      <Card title={t("releaseTitle")}>
        {groups.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noGroups")}</p>
        ) : (
          <PlaceReleaseForm groups={groups} />
        )}
      </Card>
      <Card title={t("listTitle")} testId="kg-places">
        {places.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <PlaceKgList places={places} locale={locale} tz={timeZone} />
        )}
      </Card>
      <Card title={tR("ownTitle")} testId="own-shifts">
        <p className="mb-2 text-sm text-slate-600">{tR("ownLead")}</p>
        {summer.length === 0 ? (
          <p className="text-sm text-slate-600">{tR("ownNone")}</p>
        ) : (
          <RecruitmentOwnShifts lines={summer} locale={locale} />
        )}
      </Card>
    </div>
  );
}
