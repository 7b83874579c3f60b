// The voucher's life on the real database: issuing in queue order (and under concurrency), the parent's
// answers, the kindergarten's contract, and the deadline job — each of its runs twice, the second
// changing nothing (rows, outbox messages, audit records, history).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import {
  actorOf,
  makeApplication,
  makeChild,
  makeQueueDistrict,
  makeAuthorityAdmin,
  makeQueueParent,
} from "./fixtures/queue-parent";
import { authorityVoucherStates } from "@/lib/voucher/authority-vouchers";
import { issueVouchers } from "@/lib/voucher/issue";
import { acceptVoucher, extendContract, refuseVoucher, restoreApplication } from "@/lib/voucher/life-parent";
import { recordContract } from "@/lib/voucher/contract";
import { runVoucherDeadlines } from "@/lib/jobs/voucher-deadlines";
import type { Actor } from "@/lib/auth/actor";
import {
  makeApplication as makePlaceApplication,
  makePlace,
  makeQueueDistrict as makePlaceDistrict,
} from "./fixtures/queue-places";
import { offerPriorityPlaces } from "@/lib/queue/places/offer-priority";
import { claimPlace } from "@/lib/queue/places/claim-place";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

// Monday 14 Dec 2026, 10:00 in Almaty; Wednesday 16 Dec is a holiday.
const ISSUE = new Date("2026-12-14T10:00:00+05:00");
const ACCEPT_BY = new Date("2026-12-17T23:59:59.999+05:00");
const refusal = (key: string) => expect.objectContaining({ name: "Refusal", key });

// A district whose 2025 cohort waits: in order of application the first child is too young on the
// issue day (1.5 only on 2026-12-15), the second does not want a voucher, the third's applicant is not a
// verified representative, then three who qualify.
async function cohort() {
  const district = await makeQueueDistrict(db, 1);
  const kg = district.kgs[0]!;
  const parents = [];
  const apps = [];
  const births = ["2025-06-15", "2025-01-10", "2025-02-10", "2025-03-10", "2025-04-10", "2025-05-31"];
  for (const [i, birth] of births.entries()) {
    const parent = await makeQueueParent(db);
    const child = await makeChild(db, birth, [parent.person.id]);
    if (i === 2)
      await db.legalRepresentative.updateMany({ where: { childId: child.id }, data: { status: "PENDING" } });
    const app = await makeApplication(db, {
      territoryId: district.territory.id,
      kgIds: [kg.id],
      childId: child.id,
      applicantId: parent.person.id,
      birthYear: 2025,
      submittedAt: new Date(`2025-07-0${i + 1}T10:00:00+05:00`),
    });
    if (i === 1) await db.queueApplication.update({ where: { id: app.id }, data: { wantsVoucher: false } });
    parents.push({ ...parent, actor: await actorOf(db, parent.person.id, parent.user.id), child });
    apps.push(app);
  }
  return { ...district, kg, parents, apps };
}

async function kgAdmin(orgId: string): Promise<{ actor: Actor; organizationId: string }> {
  const person = await db.person.create({ data: { lastName: "Әкімші", firstName: "Балабақша" } });
  return {
    organizationId: orgId,
    actor: {
      userId: `u-${person.id}`,
      personId: person.id,
      audience: "staff",
      displayName: "KG admin",
      mustChangePassword: false,
      memberships: [],
      educatorGroupIds: [],
      representedChildIds: [],
    },
  };
}

// Everything a job run could change or send.
async function snapshot() {
  const [vouchers, apps, outbox, audit, history] = await Promise.all([
    db.voucher.findMany({ orderBy: { id: "asc" } }),
    db.queueApplication.findMany({ orderBy: { id: "asc" } }),
    db.outboxMessage.count(),
    db.auditLog.count(),
    db.queueHistoryEntry.count(),
  ]);
  return { vouchers, apps, outbox, audit, history };
}

describe("issuing vouchers", () => {
  it("goes to the first qualifying applications in queue order, with deadline, history, audit and SMS", async () => {
    const w = await cohort();
    const r = await issueVouchers(
      { authorityId: w.authority.id, birthYear: 2025, count: 2, actorPersonId: null },
      ISSUE,
    );
    expect(r.issued.map((v) => v.applicationNumber)).toEqual([w.apps[3]!.number, w.apps[4]!.number]);
    const vouchers = await db.voucher.findMany({ orderBy: { number: "asc" } });
    expect(vouchers.map((v) => [v.number, v.status, v.applicationId, v.acceptBy])).toEqual([
      ["V-2026-000001", "ISSUED", w.apps[3]!.id, ACCEPT_BY],
      ["V-2026-000002", "ISSUED", w.apps[4]!.id, ACCEPT_BY],
    ]);
    expect(await db.auditLog.count({ where: { action: "voucher.issue" } })).toBe(2);
    expect(await db.queueHistoryEntry.count({ where: { event: "voucher_issued" } })).toBe(2);
    expect(await db.outboxMessage.count()).toBe(2);
    // Next: only the last one qualifies (the first child is still too young on 14 Dec).
    const again = await issueVouchers(
      { authorityId: w.authority.id, birthYear: 2025, count: 5, actorPersonId: null },
      ISSUE,
    );
    expect(again.issued.map((v) => v.applicationNumber)).toEqual([w.apps[5]!.number]);
    // The day after, the first child is 1.5 (born 2025-06-15 → 2026-12-15).
    const later = await issueVouchers(
      { authorityId: w.authority.id, birthYear: 2025, count: 5, actorPersonId: null },
      new Date("2026-12-15T09:00:00+05:00"),
    );
    expect(later.issued.map((v) => v.applicationNumber)).toEqual([w.apps[0]!.number]);
    // The department sees them per state, with their deadlines.
    const officer = await makeAuthorityAdmin(db, w.authority.id);
    const states = await authorityVoucherStates(officer.actor, "ISSUED");
    expect(states.counts).toMatchObject({ ISSUED: 4, ACCEPTED: 0, EXPIRED: 0 });
    expect(states.list.map((v) => [v.number, v.acceptBy])).toContainEqual(["V-2026-000001", ACCEPT_BY]);
    expect((await authorityVoucherStates(officer.actor, "ACCEPTED")).list).toEqual([]);
  });

  it("two officers issuing at once never give one child two vouchers", async () => {
    const w = await cohort();
    const run = () =>
      issueVouchers({ authorityId: w.authority.id, birthYear: 2025, count: 2, actorPersonId: null }, ISSUE);
    const runs = await Promise.all([run(), run(), run()]);
    expect(runs.reduce((n, r) => n + r.issued.length, 0)).toBe(3);
    const vouchers = await db.voucher.findMany();
    expect(vouchers).toHaveLength(3);
    expect(new Set(vouchers.map((v) => v.childId)).size).toBe(3);
  });
});

describe("the parent's steps and the contract", () => {
  it("accept → extend once → the kindergarten records the contract (number and IIN must match)", async () => {
    const w = await cohort();
    await issueVouchers(
      { authorityId: w.authority.id, birthYear: 2025, count: 1, actorPersonId: null },
      ISSUE,
    );
    const v = await db.voucher.findFirstOrThrow();
    const p = w.parents[3]!;
    await expect(acceptVoucher(w.parents[4]!.actor, v.id, ISSUE)).rejects.toMatchObject({
      code: "not_found",
    });
    // Accepted in the last second of Thursday 17 Dec → 5 working days: 18, 21, 22, 23, 24 Dec.
    const accepted = await acceptVoucher(p.actor, v.id, new Date("2026-12-17T23:59:59+05:00"));
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      contractBy: new Date("2026-12-24T23:59:59.999+05:00"),
    });
    await expect(refuseVoucher(p.actor, v.id, ISSUE)).rejects.toEqual(
      refusal("vouchers.life.refusal.not_issued"),
    );
    const extended = await extendContract(p.actor, v.id, 10, new Date("2026-12-20T10:00:00+05:00"));
    expect(extended.contractBy).toEqual(new Date("2027-01-03T23:59:59.999+05:00"));
    await expect(extendContract(p.actor, v.id, 5, new Date("2026-12-21T10:00:00+05:00"))).rejects.toEqual(
      refusal("vouchers.life.refusal.already_extended"),
    );
    const ctx = await kgAdmin(w.kg.id);
    const at = new Date("2026-12-28T11:00:00+05:00");
    for (const wrong of [
      { voucherNumber: v.number, childIin: w.parents[4]!.child.iin!, contractNumber: "Ш-7" },
      { voucherNumber: "V-2026-999999", childIin: p.child.iin!, contractNumber: "Ш-7" },
    ])
      await expect(recordContract(ctx, wrong, at)).rejects.toEqual(refusal("vouchers.contract.notMatching"));
    await recordContract(ctx, { voucherNumber: v.number, childIin: p.child.iin!, contractNumber: "Ш-7" }, at);
    expect(await db.voucher.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "ACTIVE",
      organizationId: w.kg.id,
      contractNumber: "Ш-7",
      contractedAt: at,
    });
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: w.apps[3]!.id } })).status).toBe(
      "ENROLLED",
    );
    await expect(
      recordContract(ctx, { voucherNumber: v.number, childIin: p.child.iin!, contractNumber: "Ш-8" }, at),
    ).rejects.toEqual(refusal("vouchers.contract.notMatching"));
  });

  it("refusing the voucher removes the application from the queue", async () => {
    const w = await cohort();
    await issueVouchers(
      { authorityId: w.authority.id, birthYear: 2025, count: 1, actorPersonId: null },
      ISSUE,
    );
    const v = await db.voucher.findFirstOrThrow();
    await refuseVoucher(w.parents[3]!.actor, v.id, ISSUE);
    expect((await db.voucher.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("REFUSED");
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: w.apps[3]!.id } })).status).toBe(
      "REMOVED",
    );
    expect(await db.queueHistoryEntry.count({ where: { event: "voucher_declined" } })).toBe(1);
  });
});

describe("the voucher-deadlines job", () => {
  it("reminds once before acceptBy, then expires: the application inactive; a second run changes nothing", async () => {
    const w = await cohort();
    await issueVouchers(
      { authorityId: w.authority.id, birthYear: 2025, count: 1, actorPersonId: null },
      ISSUE,
    );
    const v = await db.voucher.findFirstOrThrow();
    const remindAt = new Date("2026-12-17T09:00:00+05:00");
    expect(await runVoucherDeadlines(remindAt)).toMatchObject({ reminded: 1, expired: 0 });
    const afterRemind = await snapshot();
    expect(await runVoucherDeadlines(remindAt)).toMatchObject({ reminded: 0, expired: 0, expirySms: 0 });
    expect(await snapshot()).toEqual(afterRemind);

    const after = new Date("2026-12-18T00:10:00+05:00");
    expect(await runVoucherDeadlines(after)).toMatchObject({ expired: 1, expirySms: 1 });
    const once = await snapshot();
    expect(await runVoucherDeadlines(after)).toEqual({ expired: 0, removed: 0, reminded: 0, expirySms: 0 });
    expect(await snapshot()).toEqual(once);
    expect(await db.voucher.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "EXPIRED",
      expiredAt: ACCEPT_BY,
    });
    expect(await db.queueApplication.findUniqueOrThrow({ where: { id: w.apps[3]!.id } })).toMatchObject({
      status: "INACTIVE",
      inactiveSince: ACCEPT_BY,
    });
    expect(once.outbox).toBe(3); // issued, reminder, expired
  });

  it("an accepted voucher past contractBy expires; an inactive application is restorable once, then removed after 28 days", async () => {
    const w = await cohort();
    await issueVouchers(
      { authorityId: w.authority.id, birthYear: 2025, count: 2, actorPersonId: null },
      ISSUE,
    );
    const [v1, v2] = await db.voucher.findMany({ orderBy: { number: "asc" } });
    await acceptVoucher(w.parents[3]!.actor, v1!.id, ISSUE); // contractBy: the end of Tue 22 Dec (15, 17, 18, 21, 22)
    const at = new Date("2026-12-23T00:05:00+05:00");
    expect(await runVoucherDeadlines(at)).toMatchObject({ expired: 2 });
    const once = await snapshot();
    expect(await runVoucherDeadlines(at)).toEqual({ expired: 0, removed: 0, reminded: 0, expirySms: 0 });
    expect(await snapshot()).toEqual(once);
    expect(await db.queueHistoryEntry.count({ where: { event: "inactive_no_contract" } })).toBe(1);
    expect(await db.queueHistoryEntry.count({ where: { event: "inactive" } })).toBe(1);

    // The first family restores theirs within 28 days: WAITING with its original date.
    const app1 = w.apps[3]!;
    const restored = await restoreApplication(
      w.parents[3]!.actor,
      app1.id,
      new Date("2027-01-10T10:00:00+05:00"),
    );
    expect(restored).toMatchObject({ status: "WAITING", submittedAt: app1.submittedAt });
    await expect(
      restoreApplication(w.parents[3]!.actor, app1.id, new Date("2027-01-10T10:00:00+05:00")),
    ).rejects.toEqual(refusal("vouchers.life.refusal.not_inactive"));
    // The second's 28 days end on 19 Jan 2027 (since 17 Dec, end of day): removed by the job after that.
    const v2since = v2!.acceptBy!;
    const end = new Date(v2since.getTime() + 28 * 86_400_000 + 60_000);
    await expect(restoreApplication(w.parents[4]!.actor, w.apps[4]!.id, end)).rejects.toEqual(
      refusal("vouchers.life.refusal.restore_over"),
    );
    expect(await runVoucherDeadlines(end)).toMatchObject({ removed: 1 });
    const removed = await snapshot();
    expect(await runVoucherDeadlines(end)).toEqual({ expired: 0, removed: 0, reminded: 0, expirySms: 0 });
    expect(await snapshot()).toEqual(removed);
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: w.apps[4]!.id } })).status).toBe(
      "REMOVED",
    );
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: app1.id } })).status).toBe("WAITING");
  });
});

describe("a live voucher holds the child's turn", () => {
  it("an application with an issued voucher is offered no priority place and may claim no general one", async () => {
    const at = new Date("2026-11-23T10:20:00+05:00");
    const {
      territory,
      kindergartens: [kg],
    } = await makePlaceDistrict(db, "voucher-held", [{ name: "Балапан" }]);
    const first = await makePlaceApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      choices: [kg!.id],
      submittedAt: new Date("2024-01-01T05:00:00Z"),
    });
    const second = await makePlaceApplication(db, {
      territoryId: territory.id,
      birthYear: 2023,
      choices: [kg!.id],
      submittedAt: new Date("2024-02-01T05:00:00Z"),
    });
    await db.voucher.create({
      data: {
        number: "V-2026-000001",
        childId: first.child.id,
        applicationId: first.app.id,
        status: "ISSUED",
        issuedOn: at,
        issuedAt: at,
        acceptBy: new Date("2026-11-25T23:59:59.999+05:00"),
      },
    });
    const general = await makePlace(db, kg!, { birthYear: 2023 });
    expect(await claimPlace(first.actor, general.id, first.app.id, at)).toEqual({
      ok: false,
      reason: "not_waiting",
    });
    await makePlace(db, kg!, {
      birthYear: 2023,
      status: "PRIORITY",
      releasedAt: new Date("2026-11-23T10:00:00+05:00"),
    });
    expect(await offerPriorityPlaces(at)).toBe(1);
    const [referral] = await db.referral.findMany();
    expect(referral!.applicationId).toBe(second.app.id);
  });
});
