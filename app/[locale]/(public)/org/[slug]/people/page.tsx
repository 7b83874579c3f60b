import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { EmptyState } from "@/components/profile/empty-state";
import { PeopleList } from "@/components/profile/people-list";
import { categoryLabeller, PeopleTree } from "@/components/profile/people-tree";
import { requirePage } from "@/lib/auth/guard";
import { todayDbDate } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import { requestNow } from "@/lib/clock/request-now";
import { orgShortName } from "@/lib/org/names";
import { profileForPage, type ProfileParams } from "@/lib/profile/page-profile";
import { categoryCounts, peoplePage, peopleScope, peopleTree } from "@/lib/profile/people";
import { flatten, pageCount, parsePeopleQuery } from "@/lib/profile/people-rules";

type Props = { params: ProfileParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: { params: ProfileParams }) {
  const { locale, profile } = await profileForPage(params);
  const t = await getTranslations({ locale, namespace: "profile.tabs" });
  return { title: `${t("people")} — ${orgShortName(profile.org, locale)}` };
}

// The People tab (SPEC §3.1, seed 001 figure 3): the organisation's own staff only — anyone else gets
// the sign-in or no-access page. The categories on the left, a name search, "only online now", the count.
export default async function OrgPeoplePage({ params, searchParams }: Props) {
  const { locale, profile, slug } = await profileForPage(params);
  const { org } = profile;
  await requirePage(locale, "profile.people.read", { organizationId: org.id });
  const t = await getTranslations("profile.people");
  const now = await requestNow();
  const scope = await peopleScope(org);
  const tree = peopleTree(org, scope);
  const query = parsePeopleQuery(await searchParams, tree);
  const [counts, page] = await Promise.all([
    categoryCounts(org, scope, tree, localDate(now, org.timeZone)),
    peoplePage(org, scope, tree, query, now, todayDbDate(now, org.timeZone)),
  ]);
  const pages = pageCount(page.total);
  const labelOf = await categoryLabeller(org.kind);
  const pageHref = (n: number) => ({
    pathname: `/org/${slug}/people`,
    query: {
      ...(query.category !== "all" ? { cat: query.category } : {}),
      ...(query.q ? { q: query.q } : {}),
      ...(query.online ? { online: "1" } : {}),
      ...(n > 1 ? { page: String(n) } : {}),
    },
  });
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[17rem_1fr]">
      <aside className="hidden lg:block">
        <Card>
          <PeopleTree slug={slug} kind={org.kind} tree={tree} counts={counts} query={query} />
        </Card>
      </aside>
      <Card testId="people">
        <form
          method="get"
          role="search"
          className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end"
          data-testid="people-search"
        >
          {/* The category: the tree on wide screens, this list on phones (hidden, it still carries the choice). */}
          <div className="space-y-1 lg:hidden">
            <label htmlFor="people-cat" className="block text-sm font-medium text-slate-700">
              {t("categoryLabel")}
            </label>
            <select id="people-cat" name="cat" defaultValue={query.category} className={inputClass}>
              {flatten(tree).map((node) => (
                <option key={node.key} value={node.key}>
                  {`${node.key.includes(".") ? "— " : ""}${labelOf(node)} (${counts[node.key] ?? 0})`}
                </option>
              ))}
            </select>
          </div>
          <div className="flex-1 space-y-1 sm:min-w-56">
            <label htmlFor="people-q" className="block text-sm font-medium text-slate-700">
              {t("search")}
            </label>
            <input
              id="people-q"
              name="q"
              defaultValue={query.q}
              placeholder={t("searchPlaceholder")}
              maxLength={100}
              className={inputClass}
            />
          </div>
          <label className="flex items-center gap-2 py-2 text-sm">
            <input
              type="checkbox"
              name="online"
              value="1"
              defaultChecked={query.online}
              className="h-4 w-4"
              data-testid="people-online"
            />
            {t("online")}
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {t("searchSubmit")}
          </button>
        </form>
        <div className="mt-4 flex flex-wrap items-baseline justify-between gap-2">
          <p className="font-semibold" data-testid="people-count" data-count={page.total}>
            {t("count", { count: page.total })}
          </p>
          <p className="text-xs text-slate-500">{t("legend")}</p>
        </div>
        <div className="mt-2">
          {page.people.length === 0 ? (
            <EmptyState testId="people-empty">{t("empty")}</EmptyState>
          ) : (
            <PeopleList people={page.people} organizationId={org.id} locale={locale} />
          )}
        </div>
        {pages > 1 ? (
          <nav className="mt-4 flex items-center justify-between gap-2 text-sm" aria-label={t("pagination")}>
            {query.page > 1 ? (
              <Link href={pageHref(query.page - 1)} className={buttonClass("secondary")} rel="prev">
                {t("prev")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-600">{t("page", { page: Math.min(query.page, pages), pages })}</span>
            {query.page < pages ? (
              <Link
                href={pageHref(query.page + 1)}
                className={buttonClass("secondary")}
                rel="next"
                data-testid="people-next"
              >
                {t("next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
