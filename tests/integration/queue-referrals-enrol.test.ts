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
import { markReferralEnrolled } from "@/lib/queue/referrals/enrol";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const d = (ymd: string) => new Date(`${ymd}T00:00:00Z`);

describe("enrolment by order turns a referral into a contingent record", () => {
  it("marks the accepted referral, the application and the place ENROLLED and links the enrolment; other kindergartens' enrolments don't", async () => {
    const { territory, kgs } = await makeQueueDistrict(db);
    const parent = await makeQueueParent(db);
    const child = await makeChild(db, "2023-06-06", [parent.person.id]);
    const app = await makeApplication(db, {
      territoryId: territory.id,
      kgIds: [kgs[0]!.id],
      childId: child.id,
      applicantId: parent.person.id,
    });
    const { place, referral } = await makeIssuedReferral(db, {
      applicationId: app.id,
      kg: kgs[0]!,
      issuedAt: new Date("2026-11-20T09:00:00+05:00"),
      expiresAt: new Date("2026-11-27T18:00:00+05:00"),
    });
    await decideReferral(
      await actorOf(db, parent.person.id),
      referral.id,
      "accept",
      new Date("2026-11-21T09:00:00+05:00"),
    );
    const enrol = (kg: { id: string; groupId: string }) =>
      db.enrolment.create({
        data: {
          childId: child.id,
          organizationId: kg.id,
          groupId: kg.groupId,
          orderNumber: "5-Б",
          orderDate: d("2026-11-23"),
          startsOn: d("2026-11-24"),
        },
      });
    const at = new Date("2026-11-23T11:00:00+05:00");
    const elsewhere = await enrol(kgs[1]!);
    expect(
      await db.$transaction((tx) =>
        markReferralEnrolled(tx, {
          childId: child.id,
          organizationId: kgs[1]!.id,
          enrolmentId: elsewhere.id,
          actorPersonId: parent.person.id,
          at,
        }),
      ),
    ).toBeNull();
    await db.enrolment.delete({ where: { id: elsewhere.id } });
    const enrolment = await enrol(kgs[0]!);
    const id = await db.$transaction((tx) =>
      markReferralEnrolled(tx, {
        childId: child.id,
        organizationId: kgs[0]!.id,
        enrolmentId: enrolment.id,
        actorPersonId: parent.person.id,
        at,
      }),
    );
    expect(id).toBe(referral.id);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe("ENROLLED");
    expect((await db.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).referralId).toBe(
      referral.id,
    );
    expect((await db.queueApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("ENROLLED");
    expect((await db.place.findUniqueOrThrow({ where: { id: place.id } })).status).toBe("ENROLLED");
    expect(
      (await db.protocolEvent.findFirstOrThrow({ where: { placeId: place.id, kind: "ENROLLED" } })).at,
    ).toEqual(at);
    const events = (
      await db.queueHistoryEntry.findMany({ where: { applicationId: app.id }, orderBy: { id: "asc" } })
    ).map((h) => h.event);
    expect(events).toEqual(["referral_accepted", "enrolled"]);
  });
});
