// Issue 15 §2, concurrency: the real operations run side by side on the real Postgres (Promise.all, the
// app's own client with the production pool), and the results are exact, with no server error:
// - two educators of one group marking the same child's day at once, and "everyone present" racing them;
// - 100 confirmations of one timesheet at once → exactly one confirmation;
// - confirmations racing a correction → either the correction reopens the confirmed month, or the
//   confirmation is refused because the data changed; never a confirmation of data no longer there;
// - 200 claims on 20 places from 100 applicants pressing on two places each → exactly 20 referrals, at
//   most one per applicant (tests/integration/queue-claims-concurrency.test.ts holds 200 applicants on 20
//   places and one applicant on two places; this mixes both);
// - publishing an announcement while its recipients read the previous one.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { markAttendance } from "@/lib/attendance/mark-attendance";
import { markAllPresent } from "@/lib/attendance/mark-all-present";
import { confirmWithCode, requestConfirmationCode } from "@/lib/timesheet/confirm";
import { currentSnapshot } from "@/lib/timesheet/current-snapshot";
import { claimPlace } from "@/lib/queue/places/claim-place";
import { publishAnnouncement } from "@/lib/announcement/publish";
import { markAnnouncementRead } from "@/lib/announcement/mark-read";
import { prisma } from "@/lib/db/prisma";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { makeParent } from "./fixtures/parent";
import { makeApplication, makePlace, makeQueueDistrict } from "./fixtures/queue-places";
import { makeAnnouncementsWorld } from "./fixtures/announcements-world";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(async () => {
  await prisma.$disconnect();
  await disconnectPrisma();
});

// An operation's outcome: "ok", an AppError's code (a refusal the user reads), or the error itself.
const outcomeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : `SERVER ERROR: ${String(e)}`),
  );
const serverErrors = (outcomes: string[]) => outcomes.filter((o) => o.startsWith("SERVER ERROR"));

// A second educator of the same group, as an Actor.
async function secondEducator(groupId: string, organizationId: string): Promise<Actor> {
  const p = await db.person.create({ data: { lastName: "Тәрбиеші", firstName: "Екінші" } });
  const m = await db.membership.create({
    data: { personId: p.id, organizationId, role: "EDUCATOR", arrivedAt: new Date("2025-09-01") },
  });
  await db.groupEducator.create({ data: { groupId, personId: p.id } });
  return {
    userId: `u-${p.id}`,
    personId: p.id,
    audience: "staff",
    displayName: "Educator 2",
    mustChangePassword: false,
    memberships: [
      {
        membershipId: m.id,
        organizationId,
        orgKind: "KINDERGARTEN",
        role: "EDUCATOR",
        isAdministrator: false,
        orgPath: [organizationId],
      },
    ],
    educatorGroupIds: [groupId],
    representedChildIds: [],
  };
}

describe("attendance marks at once", () => {
  // Friday 20 November 2026, 10:00 in Almaty.
  const NOW = new Date("2026-11-20T05:00:00Z");

  it("two educators marking the same child's day, with everyone-present racing them: one mark, its history whole", async () => {
    const kg = await makeKindergarten(db);
    const { group, educator, children } = await makeGroupWithChildren(db, kg.id, { children: 4 });
    const other = await secondEducator(group.id, kg.id);
    const days = ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-16"];
    for (const [i, date] of days.entries()) {
      const child = children[i % children.length]!;
      const mark = (actor: Actor, status: "PRESENT" | "ABSENT") =>
        outcomeOf(
          markAttendance(
            actor,
            {
              groupId: group.id,
              childId: child.id,
              date,
              status,
              reason: status === "ABSENT" ? "FAMILY" : null,
            },
            NOW,
          ),
        );
      const outcomes = await Promise.all([
        mark(educator, "PRESENT"),
        mark(other, "ABSENT"),
        mark(other, "PRESENT"),
        mark(educator, "ABSENT"),
        outcomeOf(markAllPresent(i % 2 ? educator : other, group.id, date, NOW)),
      ]);
      expect(outcomes, date).toEqual(["ok", "ok", "ok", "ok", "ok"]);
      const rows = await db.attendanceMark.findMany({
        where: { childId: child.id, date: new Date(date) },
        include: { revisions: { orderBy: { id: "asc" } } },
      });
      expect(rows, date).toHaveLength(1);
      const m = rows[0]!;
      // Every write is in the history, in order: it starts from nothing and ends in the stored state,
      // each revision starting where the one before ended.
      expect(m.revisions[0]!.prevStatus).toBeNull();
      expect(m.revisions.at(-1)!.newStatus).toBe(m.status);
      for (let r = 1; r < m.revisions.length; r++)
        expect(m.revisions[r]!.prevStatus).toBe(m.revisions[r - 1]!.newStatus);
      expect(m.version).toBe(m.revisions.length);
      // Everyone present marked every other child once; nobody twice.
      expect(await db.attendanceMark.count({ where: { date: new Date(date) } })).toBe(children.length);
    }
    // The monthly rollup (kept by triggers) agrees with the marks.
    const [roll] = await db.$queryRaw<
      { marks: number; present: number; rollup: number; rollupPresent: number }[]
    >`
      SELECT (SELECT count(*)::int FROM "AttendanceMark") AS marks,
             (SELECT count(*)::int FROM "AttendanceMark" WHERE status = 'PRESENT') AS present,
             (SELECT coalesce(sum("marked"), 0)::int FROM "AttendanceMonth") AS rollup,
             (SELECT coalesce(sum("present"), 0)::int FROM "AttendanceMonth") AS "rollupPresent"`;
    expect([roll!.rollup, roll!.rollupPresent]).toEqual([roll!.marks, roll!.present]);
  }, 60_000);
});

describe("confirming one timesheet at once", () => {
  // October is marked on Friday 30 October; the confirmation window is 1–10 November.
  const OCT_30 = new Date("2026-10-30T05:00:00Z");
  const NOV_5 = new Date("2026-11-05T05:00:00Z");

  async function setup() {
    const kg = await makeKindergarten(db);
    const g = await makeGroupWithChildren(db, kg.id, { children: 1 });
    const child = g.children[0]!;
    for (const [date, status] of [
      ["2026-10-29", "PRESENT"],
      ["2026-10-30", "ABSENT"],
    ] as const)
      await markAttendance(
        g.educator,
        {
          groupId: g.group.id,
          childId: child.id,
          date,
          status,
          reason: status === "ABSENT" ? "FAMILY" : null,
        },
        OCT_30,
      );
    const parent = await makeParent(db, [child.id], { bind: true });
    const ref = { childId: child.id, organizationId: kg.id, year: 2026, month: 10 };
    return { g, child, parent, ref };
  }
  async function codeSent(phone: string) {
    const m = await db.outboxMessage.findFirstOrThrow({
      where: { destination: phone },
      orderBy: { createdAt: "desc" },
    });
    return /(\d{6})/.exec(m.body)![1]!;
  }

  it("100 confirmations at once: exactly one confirmation, one audit record, no server error", async () => {
    const { parent, ref } = await setup();
    const sent = await requestConfirmationCode(parent.actor, ref, NOV_5, (c) => `code ${c}`);
    const code = await codeSent(parent.person.phone!);
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, () =>
        outcomeOf(confirmWithCode(parent.actor, { ...ref, hash: sent.hash, code }, NOV_5)),
      ),
    );
    expect(serverErrors(outcomes)).toEqual([]);
    // The first confirms; the others find it confirmed so already (the answer a second click gets).
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(100);
    expect(await db.timesheetConfirmation.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "timesheet.confirm" } })).toBe(1);
    const sheet = await db.timesheet.findUniqueOrThrow({ where: { childId_organizationId_year_month: ref } });
    expect(sheet.status).toBe("CONFIRMED");
  }, 120_000);

  it("a wrong code is rolled back with its transaction, yet still counts as a try", async () => {
    const { parent, ref } = await setup();
    const sent = await requestConfirmationCode(parent.actor, ref, NOV_5, (c) => `code ${c}`);
    const code = await codeSent(parent.person.phone!);
    const wrong = code === "000000" ? "111111" : "000000";
    const outcomes = await Promise.all(
      Array.from({ length: 3 }, () =>
        outcomeOf(confirmWithCode(parent.actor, { ...ref, hash: sent.hash, code: wrong }, NOV_5)),
      ),
    );
    expect(outcomes.every((o) => o === "code_invalid" || o === "code_attempts_exceeded")).toBe(true);
    expect((await db.oneTimeCode.findFirstOrThrow({ orderBy: { createdAt: "desc" } })).attempts).toBe(3);
    expect(await db.timesheetConfirmation.count()).toBe(0);
  });

  it("20 confirmations racing a correction: the correction reopens the month, or the confirmations are refused", async () => {
    const { g, child, parent, ref } = await setup();
    for (let round = 0; round < 4; round++) {
      const at = new Date(NOV_5.getTime() + round * 15 * 60_000);
      const sent = await requestConfirmationCode(parent.actor, ref, at, (c) => `code ${c}`);
      const code = await codeSent(parent.person.phone!);
      const confirmations = Array.from({ length: 20 }, () =>
        outcomeOf(confirmWithCode(parent.actor, { ...ref, hash: sent.hash, code }, at)),
      );
      const correction = outcomeOf(
        markAttendance(
          g.educator,
          {
            groupId: g.group.id,
            childId: child.id,
            date: "2026-10-29",
            status: round % 2 ? "PRESENT" : "ABSENT",
            reason: round % 2 ? null : "ILLNESS_CERTIFIED",
            correctionReason: "Түзету",
          },
          at,
        ),
      );
      const outcomes = await Promise.all([correction, ...confirmations]);
      expect(serverErrors(outcomes)).toEqual([]);
      expect(outcomes[0]).toBe("ok");
      for (const o of outcomes.slice(1)) expect(["ok", "timesheet_changed"]).toContain(o);
      // The sheet agrees with itself: an active confirmation signs exactly the data there now; otherwise
      // a confirmation made before the correction was superseded (the month reopened).
      const sheet = await db.timesheet.findUniqueOrThrow({
        where: { childId_organizationId_year_month: ref },
        include: { confirmations: true },
      });
      const current = await currentSnapshot(db, ref.childId, ref.organizationId, ref.year, ref.month);
      const active = sheet.confirmations.filter((c) => !c.supersededAt);
      expect(active.length).toBeLessThanOrEqual(1);
      if (active.length) {
        expect(active[0]!.snapshotHash).toBe(current.hash);
        expect(sheet.status).toBe("CONFIRMED");
      } else {
        expect(sheet.status).not.toBe("CONFIRMED");
        // A confirmation that went through before the correction: the correction reopened the month.
        if (outcomes.slice(1).includes("ok") && sheet.confirmations.length)
          expect(sheet.status).toBe("CORRECTED");
      }
      // Never two confirmations of one snapshot.
      const hashes = sheet.confirmations.map((c) => c.snapshotHash);
      expect(new Set(hashes).size).toBe(hashes.length);
    }
  }, 120_000);
});

describe("claims at once", () => {
  const NOW = new Date("2026-11-27T09:40:00+05:00");

  it("200 claims on 20 places from 100 applicants pressing on two places each: exactly 20 referrals, one per applicant at most", async () => {
    const {
      territory,
      kindergartens: [kg],
    } = await makeQueueDistrict(db, "race15", [{ name: "Балапан", capacity: 60 }]);
    const places: Awaited<ReturnType<typeof makePlace>>[] = [];
    for (let i = 0; i < 20; i++) places.push(await makePlace(db, kg!, { birthYear: 2023 }));
    const apps = [];
    for (let i = 0; i < 100; i++)
      apps.push(await makeApplication(db, { territoryId: territory.id, birthYear: 2023 }));
    const outcomes = await Promise.all(
      apps.flatMap((a, i) => [
        outcomeOf(claimPlace(a.actor, places[i % 20]!.id, a.app.id, NOW)),
        outcomeOf(claimPlace(a.actor, places[(i * 7 + 3) % 20]!.id, a.app.id, NOW)),
      ]),
    );
    expect(serverErrors(outcomes)).toEqual([]);
    const referrals = await db.referral.findMany();
    expect(referrals).toHaveLength(20);
    expect(new Set(referrals.map((r) => r.placeId)).size).toBe(20);
    expect(new Set(referrals.map((r) => r.applicationId)).size).toBe(20);
    expect(await db.place.count({ where: { status: "TAKEN" } })).toBe(20);
    expect(await db.queueApplication.count({ where: { status: "REFERRED" } })).toBe(20);
    expect(await db.protocolEvent.count({ where: { kind: "TAKEN" } })).toBe(20);
  }, 180_000);
});

describe("announcements at once", () => {
  const NOW = new Date("2026-11-30T06:00:00Z");

  it("publishing a new announcement while the recipients read the previous one: every read kept once, no error", async () => {
    const w = await makeAnnouncementsWorld(db, NOW);
    const org = { id: w.orgs.R.id, kind: "REGION_AUTHORITY" as const, timeZone: "Asia/Almaty" };
    const input = (title: string) => ({
      intent: "publish" as const,
      organizationId: w.orgs.R.id,
      title,
      body: "Мәтін",
      readBy: "2026-12-05",
      codes: ["kindergarten:parents", "subordinate:heads"],
      orgIds: [],
    });
    const first = await publishAnnouncement(w.actors.rAdmin, org, input("Бірінші"), NOW);
    const recipients = await db.announcementRecipient.findMany({ where: { announcementId: first.id } });
    expect(recipients.length).toBeGreaterThan(3);
    const later = new Date(NOW.getTime() + 60_000);
    // Every recipient opens the first one (twice: two tabs) while the second is published, three times over.
    const outcomes = await Promise.all([
      outcomeOf(publishAnnouncement(w.actors.rAdmin, org, input("Екінші"), later)),
      ...recipients.flatMap((r) => [
        outcomeOf(markAnnouncementRead(r.personId, first.id, later)),
        outcomeOf(markAnnouncementRead(r.personId, first.id, new Date(later.getTime() + 1000))),
      ]),
      outcomeOf(publishAnnouncement(w.actors.rAdmin, org, input("Үшінші"), later)),
    ]);
    expect(serverErrors(outcomes)).toEqual([]);
    expect(outcomes.every((o) => o === "ok")).toBe(true);
    const firstRows = await db.announcementRecipient.findMany({ where: { announcementId: first.id } });
    expect(firstRows).toHaveLength(recipients.length);
    expect(firstRows.every((r) => r.readAt !== null)).toBe(true);
    // One of the two openings' times is kept (whichever came first), never overwritten by the other.
    for (const r of firstRows)
      expect([later.getTime(), later.getTime() + 1000]).toContain(r.readAt!.getTime());
    const published = await db.announcement.findMany({
      where: { NOT: { id: first.id } },
      include: { _count: { select: { recipients: true } } },
    });
    expect(published).toHaveLength(2);
    for (const a of published) {
      expect(a._count.recipients).toBe(recipients.length);
    }
    expect(
      await db.announcementRecipient.count({
        where: { NOT: { announcementId: first.id }, readAt: { not: null } },
      }),
    ).toBe(0);
    expect(await db.auditLog.count({ where: { action: "announcement.publish" } })).toBe(3);
  }, 60_000);
});
