import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/profile/empty-state";
import { formatDate } from "@/lib/format";
import { orgShortName } from "@/lib/org/names";
import { territoryName } from "@/lib/org/territories";
import { localText, shownName } from "@/lib/profile/names";
import { profileForPage, type ProfileParams } from "@/lib/profile/page-profile";
import { structureTab } from "@/lib/profile/structure";

export async function generateMetadata({ params }: { params: ProfileParams }) {
  const { locale, profile } = await profileForPage(params);
  const t = await getTranslations({ locale, namespace: "profile.tabs" });
  return { title: `${t("structure")} — ${orgShortName(profile.org, locale)}` };
}

// The Structure tab (seed 001 figure 2): the leaders' pages on the left; the structural units with their
// head, description, staff and schedule; the subordinate organisations, each a link to its own profile.
export default async function OrgStructurePage({ params }: { params: ProfileParams }) {
  const { locale, profile } = await profileForPage(params, "structure");
  const t = await getTranslations("profile.structure");
  const tRole = await getTranslations("memberRole");
  const tKind = await getTranslations("orgKind");
  const { units, subordinates, leaders } = await structureTab(profile.org.id);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[16rem_1fr]">
      <aside>
        <Card title={t("leaders")} testId="structure-leaders-nav">
          {leaders.length === 0 ? (
            <EmptyState>{t("noLeaders")}</EmptyState>
          ) : (
            <ul className="space-y-2 text-sm">
              {leaders.map((l) => (
                <li key={l.id}>
                  <a href={`#leader-${l.id}`} className="font-medium text-brand-700 hover:underline">
                    {shownName(l.person)}
                  </a>
                  <span className="block text-xs text-slate-500">{l.positionTitle || tRole(l.role)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </aside>
      <div className="min-w-0 space-y-4">
        <Card title={t("units")} testId="structure-units">
          {units.length === 0 ? (
            <EmptyState testId="structure-units-empty">{t("noUnits")}</EmptyState>
          ) : (
            <ul className="space-y-4">
              {units.map((u) => (
                <li key={u.id} className="rounded-md ring-1 ring-slate-200" data-testid="structure-unit">
                  <h3 className="rounded-t-md bg-slate-50 px-4 py-2 font-semibold">
                    {localText(u.nameKk, u.nameRu, locale)}
                  </h3>
                  <dl className="space-y-2 px-4 py-3 text-sm">
                    <div>
                      <dt className="text-slate-500">{t("head")}</dt>
                      <dd className="font-medium">{u.headPerson ? shownName(u.headPerson) : t("noHead")}</dd>
                    </div>
                    {u.description ? (
                      <div>
                        <dt className="text-slate-500">{t("description")}</dt>
                        <dd className="break-words whitespace-pre-line">{u.description}</dd>
                      </div>
                    ) : null}
                    {u.memberships.length > 0 ? (
                      <div>
                        <dt className="text-slate-500">{t("staff")}</dt>
                        <dd>
                          <ul className="space-y-1">
                            {u.memberships.map((m) => (
                              <li key={m.id}>
                                <span className="font-medium">{shownName(m.person)}</span>
                                <span className="block text-xs text-slate-600">
                                  {m.positionTitle || tRole(m.role)}
                                </span>
                              </li>
                            ))}
                          </ul>
                        </dd>
                      </div>
                    ) : null}
                    {u.schedule ? (
                      <div>
                        <dt className="text-slate-500">{t("schedule")}</dt>
                        <dd className="whitespace-pre-line">{u.schedule}</dd>
                      </div>
                    ) : null}
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t("subordinates")} testId="structure-subordinates">
          {subordinates.length === 0 ? (
            <EmptyState testId="structure-subordinates-empty">{t("noSubordinates")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {subordinates.map((o) => (
                <li key={o.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
                  <Link
                    href={`/org/${o.slug}`}
                    className="font-medium text-brand-700 hover:underline"
                    data-testid="structure-subordinate"
                    data-slug={o.slug}
                  >
                    {orgShortName(o, locale)}
                  </Link>
                  <span className="text-xs text-slate-500">
                    {tKind(o.kind)} · {territoryName(o.territory, locale)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {leaders.length > 0 ? (
          <section aria-labelledby="leader-pages" className="space-y-3">
            <h2 id="leader-pages" className="text-lg font-semibold">
              {t("leaders")}
            </h2>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              {leaders.map((l) => (
                <article
                  key={l.id}
                  id={`leader-${l.id}`}
                  className="scroll-mt-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 target:ring-2 target:ring-brand-600"
                  data-testid="structure-leader"
                >
                  <h3 className="font-semibold">{shownName(l.person)}</h3>
                  <p className="text-sm text-slate-700">{l.positionTitle || tRole(l.role)}</p>
                  {l.unit ? (
                    <p className="text-sm text-slate-600">
                      {t("unit", { name: localText(l.unit.nameKk, l.unit.nameRu, locale) ?? "" })}
                    </p>
                  ) : null}
                  <p className="mt-1 text-xs text-slate-500">
                    {t("since", { date: formatDate(l.arrivedAt, locale) })}
                  </p>
                </article>
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
