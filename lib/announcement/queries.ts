import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, daysInMonth, formatYmd } from "@/lib/calendar/zone";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import type { ReceiptsFilter } from "./schemas";

// The author organisation's side: its announcements in the Active and Archive tabs (Archive: the read-by
// date has passed, against the request's clock in the organisation's time zone), the month calendar of
// read-by dates, "read by X of Y" for many announcements in one aggregate query, and the read / not read
// list of one announcement filterable by the organisation through which each person was reached.

export const RECEIPTS_PAGE_SIZE = 50;

/** "Read by X of Y" of an announcement. */
export type ReadCount = { read: number; total: number };

// Read and total recipients of each announcement, in one GROUP BY over (announcementId, readAt).
export async function readCounts(ids: string[]): Promise<Map<string, ReadCount>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ id: string; read: number; total: number }[]>`
    SELECT "announcementId" AS id, count("readAt")::int AS read, count(*)::int AS total
    FROM "AnnouncementRecipient" WHERE "announcementId" = ANY(${ids}::text[])
    GROUP BY "announcementId"`;
  return new Map(rows.map((r) => [r.id, { read: r.read, total: r.total }]));
}

export type AuthorTab = "active" | "archive";

// True when the announcement is in the archive on this day: its read-by date has passed.
export function isArchived(readByDate: Date | null, today: string): boolean {
  return !!readByDate && readByDate < ymdToDbDate(today);
}

// The organisation's published announcements of a tab (optionally of one read-by day), newest first, with their counts.
export async function authorAnnouncements(
  organizationId: string,
  tab: AuthorTab,
  today: string,
  readByDay?: string,
) {
  const todayDate = ymdToDbDate(today);
  const rows = await prisma.announcement.findMany({
    where: {
      organizationId,
      deletedAt: null,
      publishedAt: { not: null },
      ...(readByDay
        ? { readByDate: ymdToDbDate(readByDay) }
        : tab === "archive"
          ? { readByDate: { lt: todayDate } }
          : { OR: [{ readByDate: null }, { readByDate: { gte: todayDate } }] }),
    },
    select: {
      id: true,
      title: true,
      readByDate: true,
      audiences: true,
      publishedAt: true,
      author: { select: { lastName: true, firstName: true, middleName: true } },
    },
    orderBy:
      tab === "archive" ? [{ readByDate: "desc" }, { publishedAt: "desc" }] : [{ publishedAt: "desc" }],
    take: 500,
  });
  const counts = await readCounts(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, count: counts.get(r.id) ?? { read: 0, total: 0 } }));
}

// How many announcements each tab holds (for the tabs' labels).
export async function tabCounts(organizationId: string, today: string): Promise<Record<AuthorTab, number>> {
  const todayDate = ymdToDbDate(today);
  const base = { organizationId, deletedAt: null, publishedAt: { not: null } };
  const [active, archive] = await Promise.all([
    prisma.announcement.count({
      where: { ...base, OR: [{ readByDate: null }, { readByDate: { gte: todayDate } }] },
    }),
    prisma.announcement.count({ where: { ...base, readByDate: { lt: todayDate } } }),
  ]);
  return { active, archive };
}

/** A day of the calendar with the titles of the announcements to be read by it. */
export type CalendarDay = { day: string; titles: string[] };

// The read-by dates of the organisation's announcements in a month (YYYY, 1–12).
export async function readByCalendar(
  organizationId: string,
  year: number,
  month: number,
): Promise<Map<string, string[]>> {
  const from = formatYmd(year, month, 1);
  const rows = await prisma.announcement.findMany({
    where: {
      organizationId,
      deletedAt: null,
      publishedAt: { not: null },
      readByDate: { gte: ymdToDbDate(from), lt: ymdToDbDate(addDays(from, daysInMonth(year, month))) },
    },
    select: { title: true, readByDate: true },
    orderBy: { publishedAt: "asc" },
  });
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const day = r.readByDate!.toISOString().slice(0, 10);
    out.set(day, [...(out.get(day) ?? []), r.title]);
  }
  return out;
}

// One of the organisation's published, undeleted announcements with its author and "read by X of Y".
export async function authorAnnouncement(organizationId: string, id: string) {
  const a = await prisma.announcement.findFirst({
    where: { id, organizationId, deletedAt: null, publishedAt: { not: null } },
    select: {
      id: true,
      title: true,
      body: true,
      readByDate: true,
      audiences: true,
      publishedAt: true,
      author: { select: { lastName: true, firstName: true, middleName: true } },
    },
  });
  if (!a) return null;
  const count = (await readCounts([a.id])).get(a.id) ?? { read: 0, total: 0 };
  return { ...a, count };
}

/** An organisation through which recipients were reached, with its read and total figures. */
export type ReceiptOrg = {
  id: string;
  shortNameKk: string;
  shortNameRu: string;
  read: number;
  total: number;
};

/** The recipients reached through one organisation (id null: through none), read and total. */
type Tally = {
  id: string | null;
  shortNameKk: string | null;
  shortNameRu: string | null;
  read: number;
  total: number;
};

// Read and total recipients of an announcement per organisation they were reached through, in the read
// list's order (by the organisation's name; those reached through none first): one aggregate over the
// (announcement, organisation, read) index.
// Once per request: the filter and the page both need it.
const receiptTallies = cache(async (announcementId: string): Promise<Tally[]> => {
  return prisma.$queryRaw<Tally[]>`
    SELECT s.id, o."shortNameKk", o."shortNameRu", s.read, s.total
    FROM (SELECT "organizationId" AS id, count("readAt")::int AS read, count(*)::int AS total
          FROM "AnnouncementRecipient" WHERE "announcementId" = ${announcementId} GROUP BY 1) s
    LEFT JOIN "Organization" o ON o.id = s.id
    ORDER BY COALESCE(o."shortNameKk", ''), COALESCE(s.id, '')`;
});

// The organisations of an announcement's recipients (for the filter), by name.
export async function receiptOrganisations(announcementId: string): Promise<ReceiptOrg[]> {
  return (await receiptTallies(announcementId)).filter((t): t is ReceiptOrg => t.id !== null);
}

/** One line of the read list. */
export type ReceiptRow = {
  personId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  organizationId: string | null;
  shortNameKk: string | null;
  shortNameRu: string | null;
  via: string;
  readAt: Date | null;
};

// The WHERE of the read list for a filter.
function receiptsWhere(announcementId: string, filter: Pick<ReceiptsFilter, "status" | "org">): Prisma.Sql {
  const parts = [Prisma.sql`r."announcementId" = ${announcementId}`];
  if (filter.status === "read") parts.push(Prisma.sql`r."readAt" IS NOT NULL`);
  if (filter.status === "unread") parts.push(Prisma.sql`r."readAt" IS NULL`);
  if (filter.org) parts.push(Prisma.sql`r."organizationId" = ${filter.org}`);
  return Prisma.join(parts, " AND ");
}

const RECEIPT_COLUMNS = Prisma.sql`
  r."personId", p."lastName", p."firstName", p."middleName", r."organizationId",
  o."shortNameKk", o."shortNameRu", r.via, r."readAt"`;
// The read list's order: by the organisation's name (those reached through none first), then by name.
const RECEIPT_ORDER = Prisma.sql`COALESCE(o."shortNameKk", ''), COALESCE(r."organizationId", ''), p."lastName", p."firstName", r."personId"`;
const RECEIPT_FROM = Prisma.sql`
  "AnnouncementRecipient" r JOIN "Person" p ON p.id = r."personId"
  LEFT JOIN "Organization" o ON o.id = r."organizationId"`;

// A page of the read list (by organisation, then name) and how many lines the filter holds. The
// organisations' tallies say which of them the page falls in, so only their recipients (a kindergarten's
// few hundred) are sorted, not the region's hundred thousand (370 ms a page at a region's size).
export async function receiptsPage(
  announcementId: string,
  filter: ReceiptsFilter,
): Promise<{ rows: ReceiptRow[]; total: number; pages: number }> {
  const matching = (t: Tally) =>
    filter.status === "read" ? t.read : filter.status === "unread" ? t.total - t.read : t.total;
  const tallies = (await receiptTallies(announcementId)).filter(
    (t) => (!filter.org || t.id === filter.org) && matching(t) > 0,
  );
  const total = tallies.reduce((n, t) => n + matching(t), 0);
  const pages = Math.max(1, Math.ceil(total / RECEIPTS_PAGE_SIZE));
  const from = (filter.page - 1) * RECEIPTS_PAGE_SIZE;
  const on: Tally[] = [];
  let before = 0; // lines of the organisations ahead of the page's first one
  let seen = 0;
  for (const t of tallies) {
    const n = matching(t);
    if (seen + n > from && seen < from + RECEIPTS_PAGE_SIZE) {
      if (on.length === 0) before = seen;
      on.push(t);
    }
    seen += n;
  }
  if (on.length === 0) return { rows: [], total, pages };
  const ids = on.flatMap((t) => (t.id ? [t.id] : []));
  const orgs = on.some((t) => t.id === null)
    ? Prisma.sql`(r."organizationId" = ANY(${ids}::text[]) OR r."organizationId" IS NULL)`
    : Prisma.sql`r."organizationId" = ANY(${ids}::text[])`;
  const rows = await prisma.$queryRaw<ReceiptRow[]>`
    SELECT ${RECEIPT_COLUMNS} FROM ${RECEIPT_FROM}
    WHERE ${receiptsWhere(announcementId, { status: filter.status, org: undefined })} AND ${orgs}
    ORDER BY ${RECEIPT_ORDER}
    LIMIT ${RECEIPTS_PAGE_SIZE} OFFSET ${from - before}`;
  return { rows, total, pages };
}

// The whole read list in batches (keyset on organisation name, name and person), for the export.
export async function* receiptBatches(
  announcementId: string,
  filter: Pick<ReceiptsFilter, "status" | "org">,
  size = 2000,
): AsyncGenerator<ReceiptRow[]> {
  const where = receiptsWhere(announcementId, filter);
  let after: ReceiptRow | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after
      ? Prisma.sql`AND (COALESCE(o."shortNameKk", ''), COALESCE(r."organizationId", ''), p."lastName", p."firstName", r."personId") >
          (${after.shortNameKk ?? ""}, ${after.organizationId ?? ""}, ${after.lastName}, ${after.firstName}, ${after.personId})`
      : Prisma.empty;
    const rows: ReceiptRow[] = await prisma.$queryRaw<ReceiptRow[]>`
      SELECT ${RECEIPT_COLUMNS} FROM ${RECEIPT_FROM} WHERE ${where} ${keyset}
      ORDER BY ${RECEIPT_ORDER}
      LIMIT ${size}`;
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1]!;
  }
}
