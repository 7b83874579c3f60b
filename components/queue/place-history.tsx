import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { KindergartenPlace } from "@/lib/queue/places/kg-places";

// A place's steps as the protocol records them (released, general access, taken, expired, withdrawn,
// enrolled) with their facts, and its referrals with the application they went to.
export async function PlaceHistory({
  place,
  locale,
  tz,
}: {
  place: KindergartenPlace;
  locale: string;
  tz: string;
}) {
  const t = await getTranslations("kgPlaces");
  const tp = await getTranslations("protocol");
  const fact = (d: unknown, k: string) => ((d ?? {}) as Record<string, unknown>)[k];
  return (
    <div className="space-y-2 text-sm">
      <ol className="space-y-1" data-testid="place-history">
        {place.protocolEvents.map((e) => {
          const reason = fact(e.details, "reason");
          const referral = fact(e.details, "referral");
          return (
            <li key={e.id.toString()} data-kind={e.kind}>
              <span className="whitespace-nowrap text-slate-500">{formatDateTime(e.at, locale, tz)}</span> —{" "}
              {tp(`kind.${e.kind}`)}
              {typeof referral === "string" ? ` · ${tp("referral", { number: referral })}` : ""}
              {typeof reason === "string" ? ` · ${reason}` : ""}
            </li>
          );
        })}
      </ol>
      {place.referrals.length > 0 ? (
        <ul className="space-y-1 text-slate-700">
          {place.referrals.map((r) => (
            <li key={r.id}>
              {t("referralLine", {
                number: r.number,
                application: r.application.number,
                status: t(`referralStatus.${r.status}`),
                until: formatDateTime(r.expiresAt, locale, tz),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
