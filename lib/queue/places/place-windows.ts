import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import { accessWindow, type AccessWindow, type SummerDates } from "./window";
import { referralExpiresAt } from "./referral-rules";
import {
  loadQueueCalendar,
  loadQueueSettings,
  pickQueueSettings,
  SETTINGS_COLUMNS,
  type QueueSettings,
} from "./queue-calendar";

type Db = Pick<Tx, "holiday" | "organizationSettings" | "organization" | "recruitmentSchedule">;
/** What the rules need to know of a place's kindergarten. */
export type PlaceOrg = { id: string; parentId: string | null; timeZone: string; territoryId: string };

// Reads (once per run or page, cached) what the window and referral rules need: the working-day
// calendar, each kindergarten's department settings and summer dates; answers per place.
export class PlaceWindows {
  private cal?: Promise<WorkingCalendar>;
  private readonly orgs = new Map<string, Promise<PlaceOrg>>();
  private readonly settings = new Map<string, Promise<QueueSettings>>();
  private readonly summers = new Map<
    string,
    Promise<(SummerDates & { shiftReason: string | null }) | null>
  >();

  constructor(private readonly db: Db) {}

  // Reads what the windows of these places need in three queries for all of them (a listing's page),
  // where one place at a time would send three for each kindergarten and cohort.
  async preload(places: { organizationId: string; releasedAt: Date; birthYear: number }[]): Promise<void> {
    const orgIds = [...new Set(places.map((p) => p.organizationId))].filter((id) => !this.orgs.has(id));
    if (orgIds.length > 0) {
      const orgs = await this.db.organization.findMany({
        where: { id: { in: orgIds } },
        select: { id: true, parentId: true, timeZone: true, territoryId: true },
      });
      const ids = [...new Set(orgs.flatMap((o) => [o.id, ...(o.parentId ? [o.parentId] : [])]))];
      const rows = await this.db.organizationSettings.findMany({
        where: { organizationId: { in: ids } },
        select: SETTINGS_COLUMNS,
      });
      for (const o of orgs) {
        this.orgs.set(o.id, Promise.resolve(o));
        this.settings.set(o.id, Promise.resolve(pickQueueSettings(rows, o)));
      }
    }
    const wanted = new Map<string, { orgId: string; authorityId: string; year: number; birthYear: number }>();
    for (const p of places) {
      const o = await this.org(p.organizationId);
      const year = Number(localDate(p.releasedAt, o.timeZone).slice(0, 4));
      const key = `${o.id}:${year}:${p.birthYear}`;
      if (o.parentId && !this.summers.has(key))
        wanted.set(key, { orgId: o.id, authorityId: o.parentId, year, birthYear: p.birthYear });
    }
    if (wanted.size === 0) return;
    const list = [...wanted.values()];
    const schedules = await this.db.recruitmentSchedule.findMany({
      where: { OR: list.map(({ authorityId, year, birthYear }) => ({ authorityId, year, birthYear })) },
      include: { shifts: { where: { organizationId: { in: [...new Set(list.map((w) => w.orgId))] } } } },
    });
    for (const [key, w] of wanted) {
      const s = schedules.find(
        (x) => x.authorityId === w.authorityId && x.year === w.year && x.birthYear === w.birthYear,
      );
      this.summers.set(key, Promise.resolve(summerDates(s ?? null, w.orgId)));
    }
  }

  // The national working-day calendar.
  calendar(): Promise<WorkingCalendar> {
    return (this.cal ??= loadQueueCalendar(this.db));
  }

  // The kindergarten (department, time zone, district).
  org(id: string): Promise<PlaceOrg> {
    let p = this.orgs.get(id);
    if (!p)
      this.orgs.set(
        id,
        (p = this.db.organization.findUniqueOrThrow({
          where: { id },
          select: { id: true, parentId: true, timeZone: true, territoryId: true },
        })),
      );
    return p;
  }

  // The queue settings of the kindergarten's department.
  async settingsOf(orgId: string): Promise<QueueSettings> {
    let p = this.settings.get(orgId);
    if (!p) this.settings.set(orgId, (p = this.org(orgId).then((o) => loadQueueSettings(this.db, o))));
    return p;
  }

  // The summer-recruitment dates of a birth year for the kindergarten in a year (its shift wins), or null.
  async summerOf(
    orgId: string,
    year: number,
    birthYear: number,
  ): Promise<(SummerDates & { shiftReason: string | null }) | null> {
    const key = `${orgId}:${year}:${birthYear}`;
    let p = this.summers.get(key);
    if (!p) {
      p = this.org(orgId).then(async (o) => {
        if (!o.parentId) return null;
        const s = await this.db.recruitmentSchedule.findUnique({
          where: { authorityId_year_birthYear: { authorityId: o.parentId, year, birthYear } },
          include: { shifts: { where: { organizationId: orgId } } },
        });
        return summerDates(s, orgId);
      });
      this.summers.set(key, p);
    }
    return p;
  }

  // When the place is offered in priority access and when it moves to general access.
  async windowOf(place: {
    organizationId: string;
    releasedAt: Date;
    birthYear: number;
  }): Promise<AccessWindow> {
    const [org, settings, calendar] = await Promise.all([
      this.org(place.organizationId),
      this.settingsOf(place.organizationId),
      this.calendar(),
    ]);
    const year = Number(localDate(place.releasedAt, org.timeZone).slice(0, 4));
    const summer = await this.summerOf(place.organizationId, year, place.birthYear);
    return accessWindow(place.releasedAt, calendar, settings.priorityWindowWorkDays, {
      tz: org.timeZone,
      summer,
    });
  }

  // What the protocol records of a released place's window: when it is offered if not at once (August
  // pause, ahead of the summer dates), when general access opens, and the kindergarten's own summer dates'
  // reason when they apply.
  async releaseFacts(place: {
    organizationId: string;
    releasedAt: Date;
    birthYear: number;
  }): Promise<Record<string, string | null>> {
    const w = await this.windowOf(place);
    const org = await this.org(place.organizationId);
    const year = Number(localDate(place.releasedAt, org.timeZone).slice(0, 4));
    const summer = w.summer ? await this.summerOf(place.organizationId, year, place.birthYear) : null;
    return {
      offeredFrom: w.priorityFrom > place.releasedAt ? w.priorityFrom.toISOString() : null,
      generalFrom: w.generalFrom.toISOString(),
      pause: w.paused ? "august" : null,
      shift: summer?.shiftReason ?? null,
    };
  }

  // What a listing shows of a place's window at `now`: until when its priority access lasts, and from when
  // it is offered while it still waits (released in August: 1 September; ahead of the summer dates).
  async shownWindow(
    place: { organizationId: string; releasedAt: Date; birthYear: number; status: string },
    now: Date,
  ): Promise<{ priorityUntil: Date | null; waitsUntil: Date | null; paused: boolean }> {
    if (place.status !== "PRIORITY") return { priorityUntil: null, waitsUntil: null, paused: false };
    const w = await this.windowOf(place);
    const waits = now < w.priorityFrom;
    return {
      priorityUntil: w.generalFrom,
      waitsUntil: waits ? w.priorityFrom : null,
      paused: waits && w.paused,
    };
  }

  // Until when a referral to a place of this kindergarten issued at `issuedAt` is valid.
  async referralExpiry(orgId: string, issuedAt: Date): Promise<Date> {
    const [org, settings, calendar] = await Promise.all([
      this.org(orgId),
      this.settingsOf(orgId),
      this.calendar(),
    ]);
    return referralExpiresAt(issuedAt, calendar, settings.referralValidityWorkDays, org.timeZone);
  }
}

type Dates = { priorityFrom: Date; priorityTo: Date; generalFrom: Date };
// A schedule's dates for a kindergarten: its own shift's when it has one.
function summerDates(
  s: (Dates & { shifts: (Dates & { organizationId: string; reason: string })[] }) | null,
  orgId: string,
): (SummerDates & { shiftReason: string | null }) | null {
  const shift = s?.shifts.find((x) => x.organizationId === orgId);
  const d = shift ?? s;
  return d
    ? {
        priorityFrom: dbDateToYmd(d.priorityFrom),
        priorityTo: dbDateToYmd(d.priorityTo),
        generalFrom: dbDateToYmd(d.generalFrom),
        shiftReason: shift?.reason ?? null,
      }
    : null;
}
