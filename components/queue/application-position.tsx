import { getTranslations } from "next-intl/server";
import type { MyApplication } from "@/lib/queue/applications/my-applications";
import { formatDateTime } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";

// Where a waiting application stands (general queue by date and time; the priority queue when a
// category counts), the standing of a claimed priority, and why positions move.
export async function ApplicationPosition({ app, locale }: { app: MyApplication; locale: string }) {
  const t = await getTranslations("queueMy");
  const tPrio = await getTranslations("queuePriority");
  const p = app.position;
  return (
    <div className="space-y-2 text-sm">
      {p ? (
        <dl className="grid gap-2 sm:grid-cols-2" data-testid="application-position">
          <div className="rounded-md bg-slate-50 p-3">
            <dt className="text-slate-600">{t("generalPosition")}</dt>
            <dd className="text-xl font-semibold" data-testid="position-general">
              {t("positionOf", { position: p.general, total: p.generalTotal })}
            </dd>
          </div>
          {p.priority ? (
            <div className="rounded-md bg-slate-50 p-3">
              <dt className="text-slate-600">{t("priorityPosition")}</dt>
              <dd className="text-xl font-semibold" data-testid="position-priority">
                {t("positionOf", { position: p.priority, total: p.priorityTotal })}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {app.kindergartenPositions.length > 0 ? (
        <div className="rounded-md bg-slate-50 p-3" data-testid="kindergarten-positions">
          <p className="text-slate-600">{t("kindergartenPositions")}</p>
          <ul className="mt-1 space-y-1">
            {app.kindergartenPositions.map((k) => {
              const choice = app.choices.find((c) => c.organizationId === k.organizationId);
              return (
                <li key={k.organizationId} className="font-medium" data-testid="kindergarten-position">
                  {t("kindergartenTurn", {
                    kindergarten: choice ? orgShortName(choice.organization, locale) : "—",
                    position: k.position,
                    total: k.total,
                  })}
                </li>
              );
            })}
          </ul>
          <p className="mt-1 text-xs text-slate-600">{t("kindergartenPositionsWhy")}</p>
        </div>
      ) : null}
      {app.priority !== "NONE" ? (
        <p data-testid="application-priority" data-standing={app.standing}>
          {tPrio(app.priority)} —{" "}
          {app.standing === "confirmed"
            ? t("priorityConfirmed")
            : app.standing === "pending"
              ? t("priorityPending", { until: formatDateTime(app.priorityDeadline, locale) })
              : t("priorityLapsed")}
          {app.priorityDocument ? (
            <>
              {" "}
              ·{" "}
              <a
                className="text-brand-700 underline"
                href={`/${locale}/cabinet/queue/document/${app.id}`}
                target="_blank"
                rel="noreferrer"
              >
                {t("document", { name: app.priorityDocument.fileName })}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {p ? <p className="text-xs text-slate-600">{t("positionWhy")}</p> : null}
    </div>
  );
}
