import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AuthorScope } from "@/lib/announcement/author-scope";
import { readAudiences } from "@/lib/announcement/audiences";
import { authorAnnouncements, readByCalendar, tabCounts } from "@/lib/announcement/queries";
import { requestNow } from "@/lib/clock/request-now";
import { isYmd, localDate } from "@/lib/calendar/zone";
import { orgShortName } from "@/lib/org/names";
import { audienceTextOf } from "./audience-text";
import { ReadByCell } from "./read-by-cell";
import { ReadCountText } from "./read-count";
import { ReadByCalendar } from "./readby-calendar";

/** The list's query string: the tab, the calendar's month (YYYY-MM) and a chosen read-by day. */
export type AuthorListSearch = { tab?: string; month?: string; day?: string; deleted?: string };

// The author organisation's "Announcements" (seeds 001/002 §4): the Active and Archive tabs (Archive: the
// read-by date has passed, by the request's clock in the organisation's time zone), how many there are, a
// table of title, recipients, read-by date and "read by X of Y", the month calendar of read-by dates, and
// "Create an announcement". One page for authorities and kindergartens.
export async function AuthorListPage({
  scope,
  search,
  locale,
}: {
  scope: AuthorScope;
  search: AuthorListSearch;
  locale: string;
}) {
  const { org, base, canManage } = scope;
  const t = await getTranslations("announcements");
  const text = audienceTextOf(t as never, org.kind === "KINDERGARTEN");
  const today = localDate(await requestNow(), org.timeZone);
  const archive = search.tab === "archive";
  const month =
    /^\d{4}-\d{2}$/.test(search.month ?? "") && isYmd(`${search.month}-01`)
      ? search.month!
      : today.slice(0, 7);
  const [year, monthNo] = month.split("-").map(Number) as [number, number];
  const day = search.day && isYmd(search.day) ? search.day : undefined;
  const [rows, counts, marked] = await Promise.all([
    authorAnnouncements(org.id, archive ? "archive" : "active", today, day),
    tabCounts(org.id, today),
    readByCalendar(org.id, year, monthNo),
  ]);
  const tabClass = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${on ? "bg-brand-600 text-white" : "text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold" data-testid="announcements-title">
            {t("title")}
          </h1>
          <p className="text-sm text-slate-600">
            {orgShortName(org, locale)} · {t("lead")}
          </p>
        </div>
        {canManage ? (
          <Link href={`${base}/new`} className={buttonClass()} data-testid="announcement-create">
            {t("create")}
          </Link>
        ) : null}
      </div>
      {search.deleted ? (
        <Alert tone="success" testId="announcement-deleted">
          {t("deleted")}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" testId="announcement-list">
          <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("title")}>
            <Link
              href={base}
              className={tabClass(!archive)}
              aria-current={!archive ? "page" : undefined}
              data-testid="announcements-tab-active"
            >
              {t("tabActive", { count: counts.active })}
            </Link>
            <Link
              href={{ pathname: base, query: { tab: "archive" } }}
              className={tabClass(archive)}
              aria-current={archive ? "page" : undefined}
              data-testid="announcements-tab-archive"
            >
              {t("tabArchive", { count: counts.archive })}
            </Link>
          </nav>
          <p className="mb-2 text-sm text-slate-600" data-testid="announcements-count">
            {day ? t("countOnDay", { count: rows.length }) : t("count", { count: rows.length })}
          </p>
          {rows.length === 0 ? (
            <p className="text-sm text-slate-600">{archive ? t("emptyArchive") : t("emptyActive")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <thead className="text-slate-500">
                  <tr>
                    <th className="py-2 pr-3">{t("column.title")}</th>
                    <th className="pr-3">{t("column.recipients")}</th>
                    <th className="pr-3">{t("column.readBy")}</th>
                    <th>{t("column.read")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((r) => (
                    <tr key={r.id} data-testid="announcement-row" data-id={r.id}>
                      <td className="py-2 pr-3 font-medium">
                        <Link
                          href={`${base}/${r.id}`}
                          className="text-brand-700 hover:underline"
                          data-testid="announcement-link"
                        >
                          {r.title}
                        </Link>
                      </td>
                      <td className="pr-3 text-slate-700">
                        {text.summary(readAudiences(r.audiences).codes)}
                      </td>
                      <td className="pr-3 whitespace-nowrap">
                        <ReadByCell date={r.readByDate} today={today} locale={locale} />
                      </td>
                      <td className="whitespace-nowrap" data-testid="announcement-read-count">
                        <ReadCountText read={r.count.read} total={r.count.total} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <ReadByCalendar
          base={base}
          year={year}
          month={monthNo}
          marked={marked}
          today={today}
          selected={day}
          locale={locale}
          tab={archive ? "archive" : undefined}
        />
      </div>
    </div>
  );
}
