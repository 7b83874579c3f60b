import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import {
  actorOf,
  makeApplication,
  makeChild,
  makeIssuedReferral,
  makeQueueDistrict,
  makeQueueParent,
} from "./fixtures/queue-parent";
import { decideReferral } from "@/lib/queue/referrals/decide";
import { expireReferrals } from "@/lib/queue/referrals/expire";
import { notifyReferralIssued } from "@/lib/queue/referrals/notify";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const ISSUED = new Date("2026-11-20T09:40:00+05:00");
const EXPIRES = new Date("2026-11-27T18:00:00+05:00");
const refusal = (key: string) => expect.objectContaining({ name: "Refusal", key });

// A parent whose child's application holds an issued referral to a taken place.
async function referred() {
  const district = await makeQueueDistrict(db);
  const parent = await makeQueueParent(db);
  const child = await makeChild(db, "2023-06-06", [parent.person.id]);
  const app = await makeApplication(db, {
    territoryId: district.territory.id,
    kgIds: [district.kgs[0]!.id],
    childId: child.id,
    applicantId: parent.person.id,
  });
  const { place, referral } = await makeIssuedReferral(db, {
    applicationId: app.id,
    kg: district.kgs[0]!,
    issuedAt: ISSUED,
    expiresAt: EXPIRES,
  });
  return { ...district, actor: await actorOf(db, parent.person.id), app, place, referral };
}

describe("the parent answers a referral", () => {
  it("accepts it within its validity (history, audit); a second answer is refused", async () => {
    const w = await referred();
    const at = new Date("2026-11-23T10:00:00+05:00");
    await decideReferral(w.actor, w.referral.id, "accept", at);
    expect(await db.referral.findUniqueOrThrow({ where: { id: w.referral.id } })).toMatchObject({
      status: "ACCEPTED",
      decidedAt: at,
    });
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: w.app.id } })).status).toBe(
      "REFERRED",
    );
    expect((await db.place.findUniqueOrThrow({ where: { id: w.place.id } })).status).toBe("TAKEN");
    expect((await db.queueHistoryEntry.findFirstOrThrow({ where: { applicationId: w.app.id } })).event).toBe(
      "referral_accepted",
    );
    expect(await db.auditLog.count({ where: { action: "referral.accept", entityId: w.referral.id } })).toBe(
      1,
    );
    await expect(decideReferral(w.actor, w.referral.id, "refuse_place", at)).rejects.toEqual(
      refusal("validation.queue.referralDecided"),
    );
  });

  it("is refused once the referral expired, and another family's referral is not found", async () => {
    const w = await referred();
    const stranger = await makeQueueParent(db);
    await expect(decideReferral(w.actor, w.referral.id, "accept", EXPIRES)).rejects.toEqual(
      refusal("validation.queue.referralExpired"),
    );
    await expect(decideReferral(stranger.actor, w.referral.id, "accept", ISSUED)).rejects.toEqual(
      new AppError("not_found"),
    );
    expect((await db.referral.findUniqueOrThrow({ where: { id: w.referral.id } })).status).toBe("ISSUED");
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refusing the place returns the child to the queue with the original date and the place to the pool (protocol)", async () => {
    const w = await referred();
    const at = new Date("2026-11-24T12:00:00+05:00");
    await decideReferral(w.actor, w.referral.id, "refuse_place", at);
    const app = await db.queueApplication.findUniqueOrThrow({ where: { id: w.app.id } });
    expect(app).toMatchObject({ status: "WAITING", submittedAt: w.app.submittedAt, stopListUntil: null });
    expect((await db.referral.findUniqueOrThrow({ where: { id: w.referral.id } })).status).toBe("REFUSED");
    expect(["PRIORITY", "GENERAL"]).toContain(
      (await db.place.findUniqueOrThrow({ where: { id: w.place.id } })).status,
    );
    const event = await db.protocolEvent.findFirstOrThrow({ where: { placeId: w.place.id } });
    expect(event).toMatchObject({ kind: "EXPIRED", at });
    expect(event.details).toMatchObject({ referral: w.referral.number, cause: "refused" });
    expect((await db.queueHistoryEntry.findFirstOrThrow({ where: { applicationId: w.app.id } })).event).toBe(
      "referral_refused",
    );
  });

  it("refusing the voucher removes the child from the queue", async () => {
    const w = await referred();
    await decideReferral(w.actor, w.referral.id, "refuse_voucher", new Date("2026-11-24T12:00:00+05:00"));
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: w.app.id } })).status).toBe("REMOVED");
    expect((await db.queueHistoryEntry.findFirstOrThrow({ where: { applicationId: w.app.id } })).event).toBe(
      "voucher_refused",
    );
    expect(await db.auditLog.count({ where: { action: "queue.refuse_voucher" } })).toBe(1);
  });
});

describe("the referral-expiry job", () => {
  it("lapses only issued referrals past their validity: stop list, place back in the pool, history, audit; idempotent", async () => {
    const w = await referred();
    const accepted = await referred();
    await decideReferral(accepted.actor, accepted.referral.id, "accept", ISSUED);
    expect(await expireReferrals(new Date(EXPIRES.getTime() - 1))).toEqual({ due: 0, expired: 0 });
    const at = new Date("2026-11-27T18:05:00+05:00");
    expect(await expireReferrals(at)).toEqual({ due: 1, expired: 1 });
    expect(await db.referral.findUniqueOrThrow({ where: { id: w.referral.id } })).toMatchObject({
      status: "EXPIRED",
      decidedAt: EXPIRES,
    });
    const app = await db.queueApplication.findUniqueOrThrow({ where: { id: w.app.id } });
    expect(app.status).toBe("WAITING");
    expect(app.stopListUntil).toEqual(new Date("2026-12-08T00:00:00+05:00")); // 10 whole days after 27 Nov
    expect(["PRIORITY", "GENERAL"]).toContain(
      (await db.place.findUniqueOrThrow({ where: { id: w.place.id } })).status,
    );
    expect(
      (await db.protocolEvent.findFirstOrThrow({ where: { placeId: w.place.id } })).details,
    ).toMatchObject({ cause: "expired" });
    const history = await db.queueHistoryEntry.findMany({
      where: { applicationId: w.app.id },
      orderBy: { id: "asc" },
    });
    expect(history.map((h) => h.event)).toEqual(["referral_expired", "stop_listed"]);
    expect(
      await db.auditLog.count({
        where: { action: { in: ["referral.expire", "queue.stop_list"] }, actorPersonId: null },
      }),
    ).toBe(2);
    expect((await db.referral.findUniqueOrThrow({ where: { id: accepted.referral.id } })).status).toBe(
      "ACCEPTED",
    );
    expect(await expireReferrals(new Date("2026-11-28T10:00:00+05:00"))).toEqual({ due: 0, expired: 0 });
  });

  it("never lets a last-second answer and the job both win", async () => {
    for (let round = 0; round < 5; round++) {
      await resetDatabase();
      const w = await referred();
      const late = new Date(EXPIRES.getTime() - 1);
      const results = await Promise.allSettled([
        decideReferral(w.actor, w.referral.id, "accept", late),
        expireReferrals(EXPIRES),
      ]);
      const status = (await db.referral.findUniqueOrThrow({ where: { id: w.referral.id } })).status;
      const app = await db.queueApplication.findUniqueOrThrow({ where: { id: w.app.id } });
      if (status === "ACCEPTED") {
        expect(app.status).toBe("REFERRED");
        expect(app.stopListUntil).toBeNull();
        expect(results[1]).toMatchObject({ status: "fulfilled", value: { expired: 0 } });
      } else {
        expect(status).toBe("EXPIRED");
        expect(results[0]).toMatchObject({
          status: "rejected",
          reason: expect.objectContaining({ key: "validation.queue.referralDecided" }),
        });
      }
    }
  });
});

describe("the SMS about a new referral", () => {
  it("goes once to the application's phone, in Kazakh and Russian, with the number and the kindergarten", async () => {
    const w = await referred();
    expect(await notifyReferralIssued(w.referral.id)).toBe(1);
    expect(await notifyReferralIssued(w.referral.id)).toBe(0);
    const sms = await db.outboxMessage.findMany();
    expect(sms).toHaveLength(1);
    expect(sms[0]!.destination).toBe("+77025550000");
    expect(sms[0]!.body).toContain(w.referral.number);
    expect(sms[0]!.body).toContain(w.kgs[0]!.shortNameKk);
    expect(sms[0]!.body).toContain(w.kgs[0]!.shortNameRu);
    expect(sms[0]!.body).toContain("27.11.2026");
  });
});
