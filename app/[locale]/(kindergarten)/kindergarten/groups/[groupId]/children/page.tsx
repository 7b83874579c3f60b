import { getTranslations } from "next-intl/server";
import { MaskedPhone } from "@/components/ui/masked-phone";
import { resolveLocale } from "@/i18n/page-locale";
import { redirect } from "@/i18n/navigation";
import { requirePage } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors/app-error";
import { requestNow } from "@/lib/clock/request-now";
import { todayDbDate } from "@/lib/calendar/db-date";
import { groupChildren } from "@/lib/attendance/group-children";
import { personName } from "@/lib/org/names";
import { formatDate } from "@/lib/format";
import { GroupTabs } from "@/components/attendance/group-tabs";

type Props = { params: Promise<{ locale: string; groupId: string }> };

// The group's children and their parents / legal representatives with phone numbers.
export default async function GroupChildrenPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { groupId } = await params;
  const actor = await requirePage(locale, "kindergarten.enter");
  const t = await getTranslations("groupChildren");
  let data;
  try {
    data = await groupChildren(actor, groupId, todayDbDate(await requestNow()));
  } catch (e) {
    if (e instanceof AppError) return redirect({ href: "/no-access", locale });
    throw e;
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title", { group: data.group.name })}</h1>
      <GroupTabs groupId={groupId} current="children" />
      <ul className="grid gap-3 md:grid-cols-2" data-testid="group-children">
        {data.children.map(({ child, enrolment, representatives }) => (
          <li
            key={child.id}
            className="rounded-lg bg-white p-4 ring-1 ring-slate-200"
            data-testid="group-child"
          >
            <p className="font-medium">{personName(child)}</p>
            <p className="text-sm text-slate-600">
              {t("born", { date: formatDate(child.birthDate, locale) })} ·{" "}
              {t("since", { date: formatDate(enrolment.startsOn, locale) })}
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {representatives.length === 0 ? (
                <li className="text-slate-500">{t("noRepresentatives")}</li>
              ) : (
                representatives.map((r) => (
                  <li key={r.id}>
                    {personName(r.representative)}{" "}
                    <span className="text-slate-500">
                      (
                      {t.has(`relation.${r.relation}` as "relation.mother")
                        ? t(`relation.${r.relation}` as "relation.mother")
                        : r.relation}
                      )
                    </span>
                    {r.representative.phone ? (
                      <>
                        {" "}
                        · <MaskedPhone phone={r.representative.phone} label={t("phone")} />
                      </>
                    ) : null}
                  </li>
                ))
              )}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
