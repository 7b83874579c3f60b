import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten, makeManager } from "./fixtures/kindergarten";
import { makeGroup, staffIin, staffInput } from "./fixtures/staff";
import { addNewPerson, addStaffMember } from "@/lib/people/staff/add-staff";
import { addExistingUser } from "@/lib/people/staff/add-existing";
import { updateEmployment, updateStaffPerson } from "@/lib/people/staff/edit-staff";
import { endEmployment, excludeMember, restoreEmployment } from "@/lib/people/staff/employment";
import { issueCredentials } from "@/lib/people/staff/credentials";
import { setEducatorGroups } from "@/lib/people/staff/group-binding";
import { findStaffMember, listStaff } from "@/lib/people/staff/queries";
import { Refusal } from "@/lib/action/refusal";
import { authenticateByPassword } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { orgPathOf } from "@/lib/auth/load-actor";
import { staffSubject } from "@/lib/people/staff/subject";
import type { Actor } from "@/lib/auth/actor";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { MemberRole } from "@/lib/generated/prisma/enums";

const db = getPrisma();
const NOW = new Date("2026-11-22T05:00:00Z"); // 22 Nov 2026, 10:00 in Almaty
const client = { ip: "127.0.0.1", userAgent: "vitest" };
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

// The rule key a promise is refused with (or the AppError code), for short assertions.
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof Refusal ? e.key : e instanceof AppError ? e.code : String(e)),
  );
const actions = async () => (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);

async function setup() {
  const kg = await makeKindergarten(db);
  const ctx = await makeManager(db, kg.id);
  return { kg, ctx };
}

// A signed-in staff member with one membership of the organisation (a director, or an officer of an
// authority over the kindergarten), acting on the kindergarten's staff as the actions let them.
async function staffCtx(
  kindergartenId: string,
  role: MemberRole,
  org: { id: string; kind: "KINDERGARTEN" | "DISTRICT_AUTHORITY" } = {
    id: kindergartenId,
    kind: "KINDERGARTEN",
  },
): Promise<ManagerContext> {
  const person = await db.person.create({ data: { lastName: role, firstName: `Тест ${Math.random()}` } });
  const m = await db.membership.create({
    data: { personId: person.id, organizationId: org.id, role, arrivedAt: new Date("2020-09-01") },
  });
  const actor: Actor = {
    userId: `user-${person.id}`,
    personId: person.id,
    audience: "staff",
    displayName: role,
    mustChangePassword: false,
    memberships: [
      {
        membershipId: m.id,
        organizationId: org.id,
        orgKind: org.kind,
        role,
        isAdministrator: false,
        orgPath: await orgPathOf(org.id),
      },
    ],
    educatorGroupIds: [],
    representedChildIds: [],
  };
  return { actor, organizationId: kindergartenId };
}

describe("adding staff", () => {
  it("creates the person with birth date and sex read from the IIN, and an audit record", async () => {
    const { kg, ctx } = await setup();
    const m = await addStaffMember(
      ctx,
      staffInput({ iin: staffIin("1984-05-19", "female"), qualification: "PEDAGOG_EXPERT" }),
    );
    const person = await db.person.findUniqueOrThrow({ where: { id: m.personId } });
    expect(person.birthDate?.toISOString().slice(0, 10)).toBe("1984-05-19");
    expect(person.sex).toBe("FEMALE");
    expect(m).toMatchObject({
      organizationId: kg.id,
      role: "EDUCATOR",
      qualification: "PEDAGOG_EXPERT",
      isAdministrator: false,
    });
    expect(await actions()).toEqual(["staff.add"]);
    const [row] = await listStaff(kg.id, "KINDERGARTEN", { archive: false, query: "серікбаева" });
    expect(row).toMatchObject({ id: m.id, account: { status: "none" }, groups: [] });
  });

  it("reuses a person known by IIN when the names agree, and refuses (changing nothing) when they differ", async () => {
    const { ctx } = await setup();
    const iin = staffIin();
    const parent = await db.person.create({ data: { iin, lastName: "Серікбаева", firstName: "Гүлнар" } });
    const m = await addStaffMember(
      ctx,
      staffInput({ iin, lastName: "СЕРІКБАЕВА ", firstName: "гүлнар", phone: "+7 701 111 22 33" }),
    );
    expect(m.personId).toBe(parent.id);
    const reused = await db.person.findUniqueOrThrow({ where: { id: parent.id } });
    expect(reused).toMatchObject({ lastName: "Серікбаева", middleName: "Қайратқызы", phone: "+77011112233" });
    const before = await db.auditLog.count();
    expect(await refusal(addStaffMember(ctx, staffInput({ iin, lastName: "Иванова", role: "NURSE" })))).toBe(
      "people.rule.iinNameMismatch",
    );
    expect(await refusal(addStaffMember(ctx, staffInput({ iin })))).toBe("people.rule.alreadyOnStaff");
    expect(await db.person.count()).toBe(2); // the manager and this person
    expect(await db.membership.count({ where: { personId: parent.id } })).toBe(1);
    expect(await db.auditLog.count()).toBe(before);
  });
});

describe("first-login credentials", () => {
  it("issues a transliterated unique login and a one-time password stored only hashed; sign-in then forces a change", async () => {
    const { ctx } = await setup();
    const a = await addStaffMember(ctx, staffInput());
    const b = await addStaffMember(ctx, staffInput({ firstName: "Гүлмира", middleName: "" }));
    const first = await issueCredentials(ctx, a.id);
    const second = await issueCredentials(ctx, b.id);
    expect(first.login).toBe("serikbaeva.g");
    expect(second.login).toBe("serikbaeva.g2");
    const user = await db.user.findUniqueOrThrow({ where: { login: first.login } });
    expect(user.passwordHash).not.toContain(first.password);
    expect(await verifyPassword(first.password, user.passwordHash!)).toBe(true);
    expect(user.mustChangePassword).toBe(true);
    const audits = JSON.stringify((await db.auditLog.findMany()).map((a) => [a.before, a.after]));
    expect(audits).not.toContain(first.password);
    expect(audits).not.toContain(user.passwordHash!);
    const session = await authenticateByPassword(
      { login: "Serikbaeva.G", password: first.password },
      client,
      NOW,
    );
    const actor = await loadActor(session.id, "staff", session.sessionVersion, NOW);
    expect(actor?.mustChangePassword).toBe(true);
    expect(can(actor, "kindergarten.enter")).toBe(false);
  });

  it("a reset keeps the login, replaces the password and ends open sessions", async () => {
    const { ctx } = await setup();
    const m = await addStaffMember(ctx, staffInput());
    const first = await issueCredentials(ctx, m.id);
    const old = await db.user.findUniqueOrThrow({ where: { login: first.login } });
    const again = await issueCredentials(ctx, m.id);
    expect(again.login).toBe(first.login);
    const user = await db.user.findUniqueOrThrow({ where: { id: old.id } });
    expect(user.sessionVersion).toBe(old.sessionVersion + 1);
    expect(await verifyPassword(first.password, user.passwordHash!)).toBe(false);
    expect(await loadActor(user.id, "staff", old.sessionVersion, NOW)).toBeNull();
    expect(await actions()).toEqual(["staff.add", "staff.credentials_issue", "staff.credentials_reset"]);
  });

  it("is refused for oneself, for a person working in another organisation, for the archive and for another kindergarten", async () => {
    const { kg, ctx } = await setup();
    const self = await db.membership.findFirstOrThrow({ where: { personId: ctx.actor.personId } });
    expect(await refusal(issueCredentials(ctx, self.id))).toBe("people.rule.selfCredentials");
    const shared = await addStaffMember(ctx, staffInput());
    const other = await makeKindergarten(db);
    await db.membership.create({
      data: {
        personId: shared.personId,
        organizationId: other.id,
        role: "NURSE",
        arrivedAt: new Date("2025-01-01"),
      },
    });
    expect(await refusal(issueCredentials(ctx, shared.id))).toBe("people.rule.sharedAccount");
    const left = await addStaffMember(ctx, staffInput({ lastName: "Ким" }));
    await endEmployment(ctx, left.id, "2026-11-20", NOW);
    expect(await refusal(issueCredentials(ctx, left.id))).toBe("people.rule.notActive");
    const theirs = await addStaffMember(await makeManager(db, other.id), staffInput({ lastName: "Петрова" }));
    expect(await refusal(issueCredentials(ctx, theirs.id))).toBe("not_found");
    expect(await db.user.count()).toBe(0);
    expect(kg.id).not.toBe(other.id);
  });
});

describe("credentials and employment of managers, and of parents (M8)", () => {
  it("a manager can't reset a co-manager's or the director's credentials; the director and the authority can", async () => {
    const { kg, ctx: admin } = await setup();
    const director = await staffCtx(kg.id, "KG_DIRECTOR");
    const authority = await staffCtx(kg.id, "AUTHORITY_ADMIN", {
      id: kg.parentId!,
      kind: "DISTRICT_AUTHORITY",
    });
    const dirMembership = await db.membership.findFirstOrThrow({
      where: { personId: director.actor.personId },
    });
    const deputy = await addStaffMember(director, staffInput({ lastName: "Орынбасар", role: "KG_DEPUTY" }));
    const adminRights = await addStaffMember(
      director,
      staffInput({ lastName: "Құқықты", role: "METHODOLOGIST", isAdministrator: "1" }),
    );
    const educator = await addStaffMember(admin, staffInput({ lastName: "Тәрбиеші" }));
    // The deputy also works here as an educator: a login is the person's, whichever role is opened.
    const deputyAsEducator = await addStaffMember(
      director,
      staffInput({
        iin: (await db.person.findUniqueOrThrow({ where: { id: deputy.personId } })).iin!,
        lastName: "Орынбасар",
        role: "EDUCATOR",
      }),
    );
    for (const m of [dirMembership, deputy, adminRights, deputyAsEducator]) {
      expect(await refusal(issueCredentials(admin, m.id))).toBe("people.rule.managersByLeader");
      expect(can(admin.actor, "staff.issue_credentials", await staffSubject(m.id))).toBe(false);
    }
    expect(await db.user.count()).toBe(0);
    // Ordinary staff: any manager.
    expect(can(admin.actor, "staff.issue_credentials", await staffSubject(educator.id))).toBe(true);
    expect((await issueCredentials(admin, educator.id)).login).toBeTruthy();
    // A manager: the director, or an administrator of the authority over the kindergarten.
    expect(can(director.actor, "staff.issue_credentials", await staffSubject(deputy.id))).toBe(true);
    expect((await issueCredentials(director, deputy.id)).password).toBeTruthy();
    expect(can(authority.actor, "staff.issue_credentials", await staffSubject(dirMembership.id))).toBe(true);
    expect((await issueCredentials(authority, dirMembership.id)).password).toBeTruthy();
    expect(can(authority.actor, "staff.issue_credentials", await staffSubject(educator.id))).toBe(false);
    expect((await actions()).filter((a) => a === "staff.credentials_issue")).toHaveLength(3);
  });

  it("a manager can't make someone a manager, or demote or end one (demote, reset, promote back is closed)", async () => {
    const { kg, ctx: admin } = await setup();
    const director = await staffCtx(kg.id, "KG_DIRECTOR");
    const dirMembership = await db.membership.findFirstOrThrow({
      where: { personId: director.actor.personId },
    });
    const educator = await addStaffMember(admin, staffInput());
    const by = (role: "EDUCATOR" | "KG_DIRECTOR" | "KG_DEPUTY", isAdministrator = false) => ({
      role,
      isAdministrator,
      arrivedAt: "2025-09-01",
    });
    const managersByDirector = "people.rule.managersByLeader";
    expect(await refusal(updateEmployment(admin, dirMembership.id, by("EDUCATOR")))).toBe(managersByDirector);
    expect(await refusal(updateEmployment(admin, educator.id, by("KG_DIRECTOR")))).toBe(managersByDirector);
    expect(await refusal(updateEmployment(admin, educator.id, by("EDUCATOR", true)))).toBe(
      managersByDirector,
    );
    expect(await refusal(addStaffMember(admin, staffInput({ lastName: "Жаңа", role: "KG_ADMIN" })))).toBe(
      managersByDirector,
    );
    expect(await refusal(endEmployment(admin, dirMembership.id, "2026-11-22", NOW))).toBe(managersByDirector);
    expect(await db.membership.findUniqueOrThrow({ where: { id: dirMembership.id } })).toMatchObject({
      role: "KG_DIRECTOR",
      leftAt: null,
    });
    expect(await db.membership.count()).toBe(3); // admin, director, educator
    // The director can.
    expect(await refusal(updateEmployment(director, educator.id, by("KG_DEPUTY")))).toBe("ok");
    expect(await refusal(endEmployment(director, educator.id, "2026-11-22", NOW))).toBe("ok");
    expect(await refusal(restoreEmployment(admin, educator.id))).toBe(managersByDirector);
    expect(await refusal(restoreEmployment(director, educator.id))).toBe("ok");
  });

  it("a person with a parent's cabinet is added as staff but gets no credentials, and keeps their data and phone", async () => {
    const { kg, ctx: admin } = await setup();
    const director = await staffCtx(kg.id, "KG_DIRECTOR");
    const authority = await staffCtx(kg.id, "AUTHORITY_ADMIN", {
      id: kg.parentId!,
      kind: "DISTRICT_AUTHORITY",
    });
    const iin = staffIin();
    const parent = await db.person.create({
      data: { iin, lastName: "Серікбаева", firstName: "Гүлнар", phone: "+77015550000" },
    });
    await db.user.create({ data: { personId: parent.id, registeredAt: NOW } }); // signed in by SMS code
    const m = await addStaffMember(admin, staffInput({ iin, phone: "+77019999999", email: "x@example.kz" }));
    expect(await db.person.findUniqueOrThrow({ where: { id: parent.id } })).toMatchObject({
      phone: "+77015550000",
      email: null,
    });
    for (const ctx of [admin, director, authority]) {
      expect(await refusal(issueCredentials(ctx, m.id))).toBe("people.rule.parentCabinet");
      expect(can(ctx.actor, "staff.issue_credentials", await staffSubject(m.id))).toBe(false);
    }
    expect(
      await refusal(updateStaffPerson(admin, m.id, { lastName: "X", firstName: "Y", phone: "+77010000000" })),
    ).toBe("people.rule.parentPerson");
    const user = await db.user.findUniqueOrThrow({ where: { personId: parent.id } });
    expect([user.login, user.passwordHash]).toEqual([null, null]);
    // A staff member who later signs in to a parent's cabinet is then refused too.
    const staff = await addStaffMember(admin, staffInput({ lastName: "Ахметова" }));
    await issueCredentials(admin, staff.id);
    const staffUser = await db.user.findUniqueOrThrow({ where: { personId: staff.personId } });
    await db.signInEvent.create({ data: { userId: staffUser.id, method: "OTP", success: true, at: NOW } });
    expect(await refusal(issueCredentials(admin, staff.id))).toBe("people.rule.parentCabinet");
    expect((await db.user.findUniqueOrThrow({ where: { id: staffUser.id } })).sessionVersion).toBe(
      staffUser.sessionVersion,
    );
  });
});

describe("binding educators to groups", () => {
  it("an educator without a binding reads no group; after binding exactly the bound one (policy via loadActor)", async () => {
    const { kg, ctx } = await setup();
    const [g1, g2] = [await makeGroup(db, kg.id), await makeGroup(db, kg.id)];
    const m = await addStaffMember(ctx, staffInput());
    const { login } = await issueCredentials(ctx, m.id);
    const user = await db.user.update({ where: { login }, data: { mustChangePassword: false } }); // as after the password change
    const actorNow = async () => loadActor(user.id, "staff", user.sessionVersion, NOW);
    expect(can(await actorNow(), "group.read", { organizationId: kg.id, groupId: g1.id })).toBe(false);
    expect(can(await actorNow(), "attendance.mark", { organizationId: kg.id, groupId: g1.id })).toBe(false);
    await setEducatorGroups(ctx, m.id, [g1.id]);
    expect(can(await actorNow(), "group.read", { organizationId: kg.id, groupId: g1.id })).toBe(true);
    expect(can(await actorNow(), "group.read", { organizationId: kg.id, groupId: g2.id })).toBe(false);
    await setEducatorGroups(ctx, m.id, [g2.id]);
    expect((await actorNow())?.educatorGroupIds).toEqual([g2.id]);
    await setEducatorGroups(ctx, m.id, []);
    expect(can(await actorNow(), "group.read", { organizationId: kg.id, groupId: g2.id })).toBe(false);
    expect((await actions()).filter((a) => a === "staff.groups_set")).toHaveLength(3);
  });

  it("refuses other kindergartens' and archived groups, non-educator roles and foreign staff, changing nothing", async () => {
    const { kg, ctx } = await setup();
    const other = await makeKindergarten(db);
    const mine = await makeGroup(db, kg.id);
    const archived = await makeGroup(db, kg.id, "Ескі топ", NOW);
    const theirs = await makeGroup(db, other.id);
    const m = await addStaffMember(ctx, staffInput());
    await setEducatorGroups(ctx, m.id, [mine.id]);
    expect(await refusal(setEducatorGroups(ctx, m.id, [mine.id, theirs.id]))).toBe("not_found");
    expect(await refusal(setEducatorGroups(ctx, m.id, [archived.id]))).toBe("not_found");
    const nurse = await addStaffMember(ctx, staffInput({ lastName: "Ахметова", role: "NURSE" }));
    expect(await refusal(setEducatorGroups(ctx, nurse.id, [mine.id]))).toBe("people.rule.notEducator");
    const foreign = await addStaffMember(
      await makeManager(db, other.id),
      staffInput({ lastName: "Петрова" }),
    );
    expect(await refusal(setEducatorGroups(ctx, foreign.id, [mine.id]))).toBe("not_found");
    expect(await db.groupEducator.findMany({ select: { groupId: true, personId: true } })).toEqual([
      { groupId: mine.id, personId: m.personId },
    ]);
  });
});

describe("employment", () => {
  it("ending it archives the person, unbinds their groups and ends sessions; restoring brings them back", async () => {
    const { kg, ctx } = await setup();
    const g = await makeGroup(db, kg.id);
    const m = await addStaffMember(ctx, staffInput());
    await setEducatorGroups(ctx, m.id, [g.id]);
    const { login } = await issueCredentials(ctx, m.id);
    const before = await db.user.findUniqueOrThrow({ where: { login } });
    await endEmployment(ctx, m.id, "2026-11-22", NOW);
    expect(await db.groupEducator.count()).toBe(0);
    expect(await loadActor(before.id, "staff", before.sessionVersion, NOW)).toBeNull();
    expect((await listStaff(kg.id, "KINDERGARTEN", { archive: true })).map((r) => r.id)).toEqual([m.id]);
    expect((await listStaff(kg.id, "KINDERGARTEN", { archive: false })).map((r) => r.id)).not.toContain(m.id);
    expect(await refusal(setEducatorGroups(ctx, m.id, [g.id]))).toBe("people.rule.notActive");
    await restoreEmployment(ctx, m.id);
    expect((await findStaffMember(kg.id, m.id))?.leftAt).toBeNull();
    expect(await actions()).toContain("staff.end_employment");
    expect((await actions()).at(-1)).toBe("staff.restore_employment");
  });

  it("refuses a future or pre-arrival date, one's own employment and another kindergarten's staff", async () => {
    const { ctx } = await setup();
    const m = await addStaffMember(ctx, staffInput({ arrivedAt: "2025-09-01" }));
    expect(await refusal(endEmployment(ctx, m.id, "2026-11-23", NOW))).toBe("people.rule.leftInFuture");
    expect(await refusal(endEmployment(ctx, m.id, "2025-08-31", NOW))).toBe("people.rule.leftBeforeArrival");
    const self = await db.membership.findFirstOrThrow({ where: { personId: ctx.actor.personId } });
    expect(await refusal(endEmployment(ctx, self.id, "2026-11-22", NOW))).toBe("people.rule.selfEnd");
    const other = await makeKindergarten(db);
    const foreign = await addStaffMember(
      await makeManager(db, other.id),
      staffInput({ lastName: "Петрова" }),
    );
    expect(await refusal(endEmployment(ctx, foreign.id, "2026-11-22", NOW))).toBe("not_found");
    expect(await refusal(restoreEmployment(ctx, foreign.id))).toBe("not_found");
    expect(await db.membership.count({ where: { leftAt: { not: null } } })).toBe(0);
  });

  it("a manager can't take their own administrator rights away; leaving the educator role unbinds groups", async () => {
    const { kg, ctx } = await setup();
    const self = await db.membership.findFirstOrThrow({ where: { personId: ctx.actor.personId } });
    const edit = { role: "EDUCATOR" as const, isAdministrator: false, arrivedAt: "2025-09-01" };
    expect(await refusal(updateEmployment(ctx, self.id, edit))).toBe("people.rule.selfLockout");
    expect((await db.membership.findUniqueOrThrow({ where: { id: self.id } })).role).toBe("KG_ADMIN");
    const keeps = { ...edit, isAdministrator: true, positionTitle: "Әкімші" };
    expect(await refusal(updateEmployment(ctx, self.id, keeps))).toBe("people.rule.managersByLeader"); // a manager's employment is the director's
    const director = await staffCtx(kg.id, "KG_DIRECTOR");
    const selfDirector = await db.membership.findFirstOrThrow({
      where: { personId: director.actor.personId },
    });
    expect(await refusal(updateEmployment(director, selfDirector.id, { ...edit, role: "KG_DIRECTOR" }))).toBe(
      "ok",
    ); // the director keeps the role: allowed
    expect(await refusal(updateEmployment(director, selfDirector.id, edit))).toBe("people.rule.selfLockout");
    await updateEmployment(director, self.id, keeps);
    const g = await makeGroup(db, kg.id);
    const m = await addStaffMember(ctx, staffInput());
    await setEducatorGroups(ctx, m.id, [g.id]);
    await updateEmployment(ctx, m.id, {
      role: "METHODOLOGIST",
      isAdministrator: false,
      arrivedAt: "2025-09-01",
      qualification: "PEDAGOG_RESEARCHER",
    });
    expect(await db.groupEducator.count()).toBe(0);
    await addStaffMember(
      ctx,
      staffInput({
        iin: (await db.person.findUniqueOrThrow({ where: { id: m.personId } })).iin!,
        role: "NURSE",
      }),
    );
    expect(
      await refusal(
        updateEmployment(ctx, m.id, { role: "NURSE", isAdministrator: false, arrivedAt: "2025-09-01" }),
      ),
    ).toBe("people.rule.roleTaken");
  });

  it("personal data is edited here only for people who work nowhere else, and only in this kindergarten", async () => {
    const { ctx } = await setup();
    const m = await addStaffMember(ctx, staffInput());
    await updateStaffPerson(ctx, m.id, { lastName: "Серікова", firstName: "Гүлнар", email: "g@example.kz" });
    expect(await db.person.findUniqueOrThrow({ where: { id: m.personId } })).toMatchObject({
      lastName: "Серікова",
      middleName: null,
      email: "g@example.kz",
    });
    const other = await makeKindergarten(db);
    await db.membership.create({
      data: {
        personId: m.personId,
        organizationId: other.id,
        role: "NURSE",
        arrivedAt: new Date("2025-01-01"),
      },
    });
    expect(await refusal(updateStaffPerson(ctx, m.id, { lastName: "X", firstName: "Y" }))).toBe(
      "people.rule.sharedPerson",
    );
    const foreign = await addStaffMember(
      await makeManager(db, other.id),
      staffInput({ lastName: "Петрова" }),
    );
    expect(await refusal(updateStaffPerson(ctx, foreign.id, { lastName: "X", firstName: "Y" }))).toBe(
      "not_found",
    );
    expect(
      await refusal(
        updateEmployment(ctx, foreign.id, { role: "NURSE", isAdministrator: true, arrivedAt: "2025-01-01" }),
      ),
    ).toBe("not_found");
    expect(await db.person.count({ where: { lastName: "X" } })).toBe(0);
  });
});

describe("the add-participant wizard in a kindergarten (the same people module as an authority's)", () => {
  it("a new person gets an invitation; a person with a login or a parent's cabinet is added without one", async () => {
    const { kg, ctx } = await setup();
    const added = await addNewPerson(ctx, staffInput());
    expect(added.invitation?.login).toBe("serikbaeva.g");
    const user = await db.user.findUniqueOrThrow({ where: { personId: added.membership.personId } });
    expect(await verifyPassword(added.invitation!.password, user.passwordHash!)).toBe(true);
    expect(user.mustChangePassword).toBe(true);
    // A former employee who kept their login: it stays theirs.
    const former = await addNewPerson(ctx, staffInput({ lastName: "Ахметова" }));
    await endEmployment(ctx, former.membership.id, "2026-11-20", NOW);
    const iin = (await db.person.findUniqueOrThrow({ where: { id: former.membership.personId } })).iin!;
    const again = await addNewPerson(ctx, staffInput({ iin, lastName: "Ахметова", role: "NURSE" }));
    expect(again).toMatchObject({ noInvitation: "people.created.hasLogin" });
    expect(again.invitation).toBeUndefined();
    // A parent with a cabinet: added as staff, no staff credentials.
    const parentIin = staffIin();
    const parent = await db.person.create({
      data: { iin: parentIin, lastName: "Серікбаева", firstName: "Гүлнар" },
    });
    await db.user.create({ data: { personId: parent.id, registeredAt: NOW } });
    const parentAdded = await addNewPerson(ctx, staffInput({ iin: parentIin }));
    expect(parentAdded).toMatchObject({ noInvitation: "people.rule.parentCabinet" });
    expect((await db.user.findUniqueOrThrow({ where: { personId: parent.id } })).login).toBeNull();
    expect(await db.membership.count({ where: { organizationId: kg.id } })).toBe(5);
  });

  it("refuses an authority's role in a kindergarten and a manager added by an administrator, writing nothing", async () => {
    const { ctx } = await setup();
    const before = await db.auditLog.count();
    expect(await refusal(addNewPerson(ctx, staffInput({ role: "AUTHORITY_EMPLOYEE" })))).toBe(
      "validation.staff.role",
    );
    expect(await refusal(addNewPerson(ctx, staffInput({ role: "KG_DEPUTY" })))).toBe(
      "people.rule.managersByLeader",
    );
    expect(await db.person.count()).toBe(1);
    expect(await db.user.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("an existing user from another kindergarten joins by login; an unknown login and the same role twice are refused", async () => {
    const { kg, ctx } = await setup();
    const other = await makeKindergarten(db);
    const theirs = await addNewPerson(await makeManager(db, other.id), staffInput({ lastName: "Петрова" }));
    const login = theirs.invitation!.login;
    const joined = await addExistingUser(ctx, {
      login,
      lastName: "петрова",
      firstName: "Гүлнар",
      role: "MUSIC_TEACHER",
      arrivedAt: "2026-11-16",
    });
    expect(joined.membership).toMatchObject({ organizationId: kg.id, role: "MUSIC_TEACHER" });
    expect(joined.membership.personId).toBe(theirs.membership.personId);
    const count = await db.membership.count();
    const input = {
      login,
      lastName: "Петрова",
      firstName: "Гүлнар",
      role: "MUSIC_TEACHER" as const,
      arrivedAt: "2026-11-16",
    };
    expect(await refusal(addExistingUser(ctx, input))).toBe("people.rule.alreadyOnStaff");
    expect(await refusal(addExistingUser(ctx, { ...input, login: "nobody.here" }))).toBe(
      "people.rule.userNotFound",
    );
    expect(await refusal(addExistingUser(ctx, { ...input, firstName: "Басқа", role: "NURSE" }))).toBe(
      "people.rule.userNotFound",
    );
    expect(await db.membership.count()).toBe(count);
    expect((await actions()).filter((a) => a === "staff.add_existing")).toHaveLength(1);
  });
});

describe("excluding from a kindergarten", () => {
  it("the person keeps their account; their groups go and their actor loses the kindergarten; restoring brings them back", async () => {
    const { kg, ctx } = await setup();
    const g = await makeGroup(db, kg.id);
    const added = await addNewPerson(ctx, staffInput());
    await setEducatorGroups(ctx, added.membership.id, [g.id]);
    const user = await db.user.update({
      where: { login: added.invitation!.login },
      data: { mustChangePassword: false, registeredAt: NOW },
    });
    expect(can(await loadActor(user.id, "staff", user.sessionVersion, NOW), "kindergarten.enter")).toBe(true);
    const excluded = await excludeMember(ctx, added.membership.id, NOW);
    expect(excluded).toEqual([added.membership.id]);
    expect(await db.groupEducator.count()).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
    const actor = await loadActor(user.id, "staff", user.sessionVersion, NOW);
    expect(actor?.memberships).toEqual([]);
    expect(can(actor, "kindergarten.enter")).toBe(false);
    expect(can(actor, "group.read", { organizationId: kg.id, groupId: g.id })).toBe(false);
    expect((await listStaff(kg.id, "KINDERGARTEN", { archive: true })).map((r) => r.id)).toEqual([
      added.membership.id,
    ]);
    expect(await refusal(excludeMember(ctx, added.membership.id, NOW))).toBe("people.rule.notActive");
    await restoreEmployment(ctx, added.membership.id);
    expect(can(await loadActor(user.id, "staff", user.sessionVersion, NOW), "kindergarten.enter")).toBe(true);
    expect(await actions()).toContain("staff.exclude");
  });

  it("excludes every role of the person here; a manager only the director excludes; nobody excludes themselves", async () => {
    const { kg, ctx: admin } = await setup();
    const director = await staffCtx(kg.id, "KG_DIRECTOR");
    const nurse = await addStaffMember(admin, staffInput({ role: "NURSE" }));
    const iin = (await db.person.findUniqueOrThrow({ where: { id: nurse.personId } })).iin!;
    const educator = await addStaffMember(admin, staffInput({ iin, role: "EDUCATOR" }));
    expect((await excludeMember(admin, educator.id, NOW)).sort()).toEqual([nurse.id, educator.id].sort());
    const self = await db.membership.findFirstOrThrow({ where: { personId: admin.actor.personId } });
    expect(await refusal(excludeMember(admin, self.id, NOW))).toBe("people.rule.selfExclude");
    const dirMembership = await db.membership.findFirstOrThrow({
      where: { personId: director.actor.personId },
    });
    expect(await refusal(excludeMember(admin, dirMembership.id, NOW))).toBe("people.rule.managersByLeader");
    expect(await refusal(excludeMember(director, self.id, NOW))).toBe("ok");
    const other = await makeKindergarten(db);
    const foreign = await addStaffMember(
      await makeManager(db, other.id),
      staffInput({ lastName: "Петрова" }),
    );
    expect(await refusal(excludeMember(admin, foreign.id, NOW))).toBe("not_found");
    expect(await db.membership.count({ where: { excludedAt: { not: null } } })).toBe(3);
  });
});
