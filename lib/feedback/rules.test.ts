import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";
import {
  appealsOpen,
  canAnswer,
  canPublish,
  canTake,
  FEEDBACK_LIMITS,
  isPublicQuestion,
  normalizeEmail,
  underLimits,
  withAppealsEmail,
} from "./rules";

const confirmed = { appealsEmail: "appeals@edu.kz", appealsEmailConfirmedAt: new Date("2026-02-02") };

describe("the appeals e-mail", () => {
  it("opens electronic appeals only while confirmed", () => {
    expect(appealsOpen(confirmed)).toBe(true);
    expect(appealsOpen({ ...confirmed, appealsEmailConfirmedAt: null })).toBe(false);
    expect(appealsOpen({ appealsEmail: null, appealsEmailConfirmedAt: new Date() })).toBe(false);
    expect(appealsOpen(null)).toBe(false);
  });

  it("a new address clears the confirmation; the same one (in any case) keeps it", () => {
    expect(withAppealsEmail(confirmed, "other@edu.kz")).toEqual({
      appealsEmail: "other@edu.kz",
      appealsEmailConfirmedAt: null,
    });
    expect(withAppealsEmail(confirmed, " Appeals@Edu.kz ").appealsEmailConfirmedAt).toEqual(
      confirmed.appealsEmailConfirmedAt,
    );
    expect(withAppealsEmail(null, "a@edu.kz").appealsEmailConfirmedAt).toBeNull();
    expect(normalizeEmail("  A@B.KZ ")).toBe("a@b.kz");
  });
});

describe("limits and statuses", () => {
  it("allows five messages an hour from an e-mail and ten from an address", () => {
    expect(FEEDBACK_LIMITS).toMatchObject({ perEmailPerHour: 5, perIpPerHour: 10 });
    expect(underLimits({ fromEmail: 4, fromIp: 9 })).toBe(true);
    expect(underLimits({ fromEmail: 5, fromIp: 0 })).toBe(false);
    expect(underLimits({ fromEmail: 0, fromIp: 10 })).toBe(false);
  });

  it("an appeal is taken only while new and answered once", () => {
    expect([canTake("NEW"), canTake("IN_PROGRESS"), canTake("ANSWERED")]).toEqual([true, false, false]);
    expect([canAnswer("NEW"), canAnswer("IN_PROGRESS"), canAnswer("ANSWERED")]).toEqual([true, true, false]);
  });

  it("a question is public only answered and published", () => {
    expect(canPublish({ answer: "  " })).toBe(false);
    expect(isPublicQuestion({ answer: "Иә", published: true })).toBe(true);
    expect(isPublicQuestion({ answer: "Иә", published: false })).toBe(false);
    expect(isPublicQuestion({ answer: null, published: true })).toBe(false);
  });
});

describe("who keeps the feedback block (policy org.feedback.manage)", () => {
  const actor = (m: Partial<Actor["memberships"][number]>): Actor => ({
    userId: "u",
    personId: "p",
    audience: "staff",
    displayName: "X",
    mustChangePassword: false,
    educatorGroupIds: [],
    representedChildIds: [],
    memberships: [
      {
        membershipId: "m",
        organizationId: "org",
        orgKind: "DISTRICT_AUTHORITY",
        role: "AUTHORITY_EMPLOYEE",
        isAdministrator: false,
        orgPath: ["org"],
        ...m,
      },
    ],
  });
  const may = (a: Actor | null, organizationId = "org") => can(a, "org.feedback.manage", { organizationId });

  it("its administrators, of that organisation only", () => {
    expect(may(actor({ role: "AUTHORITY_ADMIN" }))).toBe(true);
    expect(may(actor({ isAdministrator: true }))).toBe(true);
    expect(may(actor({ orgKind: "KINDERGARTEN", role: "KG_DIRECTOR" }))).toBe(true);
    expect(may(actor({ orgKind: "KINDERGARTEN", role: "KG_ADMIN" }))).toBe(true);
    expect(may(actor({}))).toBe(false);
    expect(may(actor({ orgKind: "KINDERGARTEN", role: "EDUCATOR" }))).toBe(false);
    expect(may(actor({ role: "AUTHORITY_ADMIN" }), "other")).toBe(false);
    expect(may({ ...actor({ role: "AUTHORITY_ADMIN" }), mustChangePassword: true })).toBe(false);
    expect(may(null)).toBe(false);
  });

  it("anyone sends an appeal or asks a question", () => {
    expect(can(null, "appeal.send", { organizationId: "org" })).toBe(true);
    expect(can(null, "question.ask", { organizationId: "org" })).toBe(true);
  });
});
