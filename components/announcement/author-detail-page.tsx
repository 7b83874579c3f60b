import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import type { AuthorScope } from "@/lib/announcement/author-scope";
import { readAudiences } from "@/lib/announcement/audiences";
import { chosenOrgNames } from "@/lib/announcement/org-names";
import { authorAnnouncement, receiptOrganisations, receiptsPage } from "@/lib/announcement/queries";
import { receiptsFilterSchema } from "@/lib/announcement/schemas";
import { requestNow } from "@/lib/clock/request-now";
import { localDate } from "@/lib/calendar/zone";
import { formatDateTime } from "@/lib/format";
import { orgShortName, personName } from "@/lib/org/names";
import { audienceTextOf } from "./audience-text";
import { BodyText } from "./body-text";
import { DeleteAnnouncement } from "./delete-announcement";
import { ReadByCell } from "./read-by-cell";
import { ReadCountText } from "./read-count";

/** The page's query string: the read list's filter and page, and "just published". */
export type AuthorDetailSearch = { status?: string; org?: string; page?: string; published?: string };

// An announcement of the author organisation (seeds 001/002 §4): its text and audience, "read by X of Y",
// who has read it and who has not — filtered by the organisation through which they were reached — with
// the export of that list (XLSX), and Delete with "Yes, delete!". A published announcement is not edited:
// the page says to delete it and publish a new one.
export async function AuthorDetailPage({
  scope,
  id,
  search,
  locale,
}: {
  scope: AuthorScope;
  id: string;
  search: AuthorDetailSearch;
  locale: string;
}) {
  const { org, base, canManage } = scope;
  const a = await authorAnnouncement(org.id, id);
  if (!a) notFound();
  const t = await getTranslations("announcements");
  const text = audienceTextOf(t as never, org.kind === "KINDERGARTEN");
  const today = localDate(await requestNow(), org.timeZone);
  const filter = receiptsFilterSchema.parse({ status: search.status, org: search.org, page: search.page });
  const audiences = readAudiences(a.audiences);
  const [orgs, page, chosen] = await Promise.all([
    receiptOrganisations(a.id),
    receiptsPage(a.id, filter),
    chosenOrgNames(audiences.orgIds, locale),
  ]);
  const orgFigures = filter.org ? orgs.find((o) => o.id === filter.org) : undefined;
  const figures = orgFigures ?? a.count;
  const query = (q: Record<string, string | number | undefined>) => {
    const merged = { status: filter.status, org: filter.org, ...q };
    return Object.fromEntries(
      Object.entries(merged).filter(
        ([k, v]) => v !== undefined && v !== "" && !(k === "status" && v === "all"),
      ),
    ) as Record<string, string>;
  };
  const tabClass = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-medium ${on ? "bg-brand-600 text-white" : "text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"}`;
  const exportQuery = new URLSearchParams(query({ page: undefined })).toString();
  return (
    <ClientMessages namespaces={["announcements"]}>
      <div className="space-y-6">
        <p>
          <Link href={base} className="text-sm text-brand-700 hover:underline">
            ← {t("backToList")}
          </Link>
        </p>
        {search.published ? (
          <Alert tone="success" testId="announcement-published">
            {t("published")}
          </Alert>
        ) : null}
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="space-y-1">
            <h1 className="text-2xl font-bold" data-testid="announcement-title">
              {a.title}
            </h1>
            <p className="text-sm text-slate-600">
              {t("publishedBy", {
                date: formatDateTime(a.publishedAt, locale, org.timeZone),
                name: personName(a.author),
              })}{" "}
              · {t("column.readBy")}: <ReadByCell date={a.readByDate} today={today} locale={locale} />
            </p>
          </div>
          {canManage ? <DeleteAnnouncement id={a.id} title={a.title} /> : null}
        </div>
        <Alert tone="info">{t("noEditing")}</Alert>

        <div className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2" title={t("textTitle")}>
            <BodyText text={a.body} testId="announcement-body" />
          </Card>
          <Card title={t("column.recipients")}>
            <p className="text-sm text-slate-800">{text.summary(audiences.codes)}</p>
            {chosen.length ? (
              <p className="mt-1 text-sm text-slate-600">{t("onlyIn", { names: chosen.join(", ") })}</p>
            ) : null}
            <p className="mt-4 text-2xl font-semibold" data-testid="receipts-summary">
              <ReadCountText read={a.count.read} total={a.count.total} long />
            </p>
          </Card>
        </div>

        <Card title={t("receipts.title")} testId="receipts">
          <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
            <nav className="flex flex-wrap gap-2" aria-label={t("receipts.title")}>
              {(["all", "read", "unread"] as const).map((s) => (
                <Link
                  key={s}
                  href={{ pathname: `${base}/${a.id}`, query: query({ status: s, page: undefined }) }}
                  className={tabClass(filter.status === s)}
                  aria-current={filter.status === s ? "page" : undefined}
                  data-testid={`receipts-tab-${s}`}
                >
                  {t(`receipts.tab.${s}`, {
                    count:
                      s === "all"
                        ? figures.total
                        : s === "read"
                          ? figures.read
                          : figures.total - figures.read,
                  })}
                </Link>
              ))}
            </nav>
            <a
              href={`/${locale}${base}/${a.id}/export${exportQuery ? `?${exportQuery}` : ""}`}
              className={buttonClass("secondary")}
              data-testid="receipts-export"
            >
              {t("receipts.export")}
            </a>
          </div>
          {orgs.length > 1 ? (
            <form method="get" className="mb-4 flex flex-wrap items-end gap-2" data-testid="receipts-filter">
              {filter.status !== "all" ? <input type="hidden" name="status" value={filter.status} /> : null}
              <label className="space-y-1 text-sm">
                <span className="block font-medium text-slate-700">{t("receipts.organisation")}</span>
                <select
                  name="org"
                  defaultValue={filter.org ?? ""}
                  className={inputClass}
                  data-testid="receipts-org"
                >
                  <option value="">{t("receipts.allOrgs")}</option>
                  {orgs.map((o) => (
                    <option key={o.id} value={o.id}>
                      {orgShortName(o, locale)} ({o.read}/{o.total})
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className={buttonClass("secondary")} data-testid="receipts-filter-apply">
                {t("receipts.apply")}
              </button>
            </form>
          ) : null}
          {page.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("receipts.empty")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[36rem] text-left text-sm">
                <thead className="text-slate-500">
                  <tr>
                    <th className="py-2 pr-3">{t("receipts.name")}</th>
                    <th className="pr-3">{t("receipts.organisation")}</th>
                    <th className="pr-3">{t("receipts.via")}</th>
                    <th>{t("receipts.readAt")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {page.rows.map((r) => (
                    <tr key={r.personId} data-testid="receipt-row" data-read={r.readAt ? "1" : "0"}>
                      <td className="py-2 pr-3 font-medium">{personName(r)}</td>
                      <td className="pr-3">
                        {r.shortNameKk
                          ? orgShortName(
                              { shortNameKk: r.shortNameKk, shortNameRu: r.shortNameRu ?? "" },
                              locale,
                            )
                          : "—"}
                      </td>
                      <td className="pr-3">
                        {t(r.via === "parent" ? "receipts.viaParent" : "receipts.viaStaff")}
                      </td>
                      <td className="whitespace-nowrap">
                        {r.readAt ? (
                          formatDateTime(r.readAt, locale, org.timeZone)
                        ) : (
                          <span className="text-slate-500">{t("receipts.unread")}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {page.pages > 1 ? (
            <nav className="mt-4 flex items-center gap-3 text-sm" aria-label={t("receipts.pages")}>
              {filter.page > 1 ? (
                <Link
                  href={{ pathname: `${base}/${a.id}`, query: query({ page: filter.page - 1 }) }}
                  className="text-brand-700 underline"
                >
                  {t("prevPage")}
                </Link>
              ) : null}
              <span>{t("pageOf", { page: filter.page, pages: page.pages })}</span>
              {filter.page < page.pages ? (
                <Link
                  href={{ pathname: `${base}/${a.id}`, query: query({ page: filter.page + 1 }) }}
                  className="text-brand-700 underline"
                >
                  {t("nextPage")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </Card>
      </div>
    </ClientMessages>
  );
}
