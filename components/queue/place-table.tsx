import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDateTime } from "@/lib/format";
import { orgShortName, personName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import type { ClaimableApplication, RegistryPlace } from "@/lib/queue/public-places";
import { PlaceClaimForm } from "./place-claim-form";

// The registry's table: where, which cohort and language, priority (until when) or general access, and
// for a signed-in parent with a fitting application a "Take this place" button on general-access places. Each
// kindergarten's name links to its profile.
export async function PlaceTable({
  places,
  applications,
  locale,
}: {
  places: RegistryPlace[];
  applications: ClaimableApplication[];
  locale: string;
}) {
  const t = await getTranslations("places");
  const tLang = await getTranslations("groupLanguage");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("kindergarten")}</th>
            <th className="pr-3">{t("group")}</th>
            <th className="pr-3">{t("birthYear")}</th>
            <th className="pr-3">{t("language")}</th>
            <th className="pr-3">{t("access")}</th>
            <th className="pr-3">{t("released")}</th>
            <th>{t("action")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {places.map((p) => {
            const tz = p.organization.timeZone;
            const fitting =
              p.status === "GENERAL"
                ? applications.filter(
                    (a) => a.birthYear === p.birthYear && a.territoryId === p.organization.territoryId,
                  )
                : [];
            return (
              <tr
                key={p.id}
                data-testid="place-row"
                data-place-id={p.id}
                data-status={p.status}
                className="align-top"
              >
                <td className="py-2 pr-3">
                  <Link
                    href={`/org/${p.organization.slug}`}
                    className="font-medium text-brand-700 hover:underline"
                    data-testid="place-kindergarten-link"
                  >
                    {orgShortName(p.organization, locale)}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {territoryName(p.organization.territory, locale)}
                  </span>
                </td>
                <td className="py-2 pr-3">{p.group?.name ?? "—"}</td>
                <td className="py-2 pr-3">{p.birthYear}</td>
                <td className="py-2 pr-3">{tLang(p.language)}</td>
                <td className="py-2 pr-3" data-testid="place-access">
                  {p.waitsUntil ? (
                    <span className="text-slate-700" data-testid="place-waits">
                      {t(p.paused ? "waitsAugust" : "waitsSummer", {
                        from: formatDateTime(p.waitsUntil, locale, tz),
                      })}
                    </span>
                  ) : p.status === "PRIORITY" ? (
                    <span className="text-amber-800">
                      {t("priorityUntil", { until: formatDateTime(p.priorityUntil, locale, tz) })}
                    </span>
                  ) : (
                    <span className="text-emerald-800">
                      {t("generalSince", { since: formatDateTime(p.generalFrom, locale, tz) })}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(p.releasedAt, locale, tz)}</td>
                <td className="py-2">
                  {fitting.length > 0 ? (
                    <PlaceClaimForm
                      placeId={p.id}
                      applications={fitting.map((a) => ({
                        id: a.id,
                        label: `${a.number} · ${personName(a.child)}`,
                      }))}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
