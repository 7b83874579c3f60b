// The people module from the administration's side (/org/{slug}/admin/people), through the actions as a
// form submits them: an education authority's own people — the add-participant wizard's two ways, "Create
// and add another", the extra rights and who grants administrator, exclude / restore, the archive — and the
// scope (another organisation's administrator, a kindergarten's director, an employee: refused, nothing
// changed). The kindergarten's side of the same module: people-staff.test.ts.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { initialFormState, type FormState } from "@/lib/form-state";
import type { CreatedPerson } from "@/lib/people/staff/actions";
import { makeIin } from "@/lib/iin/iin";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { formOf, makeOrgAdminWorld, type OrgAdminWorld } from "./fixtures/org-admin-world";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";

// The signed-in actor of the "request" (the builder asks the session; here the test decides).
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const {
  addExistingAction,
  addStaffAction,
  endEmploymentAction,
  excludeMemberAction,
  restoreEmploymentAction,
  updateEmploymentAction,
} = await import("@/lib/people/staff/actions");
const { listStaff } = await import("@/lib/people/staff/queries");
const { loadActor } = await import("@/lib/auth/load-actor");
const { authenticateByPassword } = await import("@/lib/auth/authenticate");
const { changePassword } = await import("@/lib/auth/change-password");
const { verifyPassword } = await import("@/lib/auth/password");
const { can } = await import("@/lib/auth/policy");
const { homePathFor } = await import("@/lib/auth/home");
const { setClock } = await import("@/lib/clock/clock");

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z"); // 30 Nov 2026, 11:00 in Almaty
const client = { ip: "127.0.0.1", userAgent: "vitest" };
let w: OrgAdminWorld;

beforeEach(async () => {
  await resetDatabase();
  setClock(NOW);
  w = await makeOrgAdminWorld(db, NOW);
  session.actor = null;
});
afterEach(() => setClock(null));
afterAll(disconnectPrisma);

type State = FormState & { created?: CreatedPerson };
type Action = (prev: State, fd: FormData) => Promise<State>;
async function submit(action: Action, actor: Actor | null, values: Record<string, string | undefined>) {
  session.actor = actor;
  return action(initialFormState, formOf(values));
}

// A translation key's text in each language (undefined when a language lacks it).
const textOf = (key: string) =>
  [en, kk, ru].map((m) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], m));
function expectTranslated(key: string | undefined) {
  expect(key, "a translation key").toBeTruthy();
  for (const text of textOf(key!)) expect(typeof text === "string" && text.length > 0, key).toBe(true);
}

let serial = 500;
const issued = new Set<string>();
// A fresh IIN, never one handed out before (makeIin moves an unusable serial on to the next one).
function freshIin(): string {
  for (;;) {
    const iin = makeIin(new Date("1993-06-21T00:00:00Z"), "female", ++serial);
    if (!issued.has(iin)) {
      issued.add(iin);
      return iin;
    }
  }
}
// The wizard's "new person" as the review step posts it.
const newPerson = (organizationId: string, over: Record<string, string> = {}) => ({
  organizationId,
  way: "new",
  role: "AUTHORITY_EMPLOYEE",
  arrivedAt: "2026-11-02",
  lastName: "Жақсылықова",
  firstName: "Дина",
  middleName: "",
  birthDate: "",
  sex: "",
  iin: freshIin(),
  phone: "",
  email: "",
  then: "done",
  ...over,
});
const membershipOf = (personId: string, organizationId: string) =>
  db.membership.findFirstOrThrow({ where: { personId, organizationId } });
// What must not change when an action is refused.
const snapshot = async () => ({
  people: await db.person.count(),
  memberships: await db.membership.findMany({ orderBy: { id: "asc" } }),
  users: await db.user.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});
// A signed-in administrator of the region above both districts.
async function regionAdmin(): Promise<Actor> {
  const person = await db.person.create({ data: { lastName: "Облыс", firstName: "Әкімшісі" } });
  await db.membership.create({
    data: {
      personId: person.id,
      organizationId: w.R.id,
      role: "AUTHORITY_ADMIN",
      isAdministrator: true,
      arrivedAt: new Date("2020-01-01"),
    },
  });
  const user = await db.user.create({ data: { personId: person.id, login: "region.test" } });
  return (await loadActor(user.id, "staff", 0, NOW))!;
}

describe("the add-participant wizard: a new person", () => {
  it("is added with an invitation shown once; signing in with it forces a new password and makes them a user of the authority", async () => {
    const state = await submit(addStaffAction, w.actors.dAdmin, newPerson(w.D.id));
    expect(state).toMatchObject({ ok: true, message: "people.created.done" });
    const created = state.created as {
      membershipId: string;
      invitation: { login: string; password: string };
    };
    expect(created).toMatchObject({ name: "Жақсылықова Дина", another: false });
    const { login, password } = created.invitation!;
    expect(login).toBe("zhaqsylyqova.d");
    const m = await db.membership.findUniqueOrThrow({ where: { id: created.membershipId } });
    expect(m).toMatchObject({ organizationId: w.D.id, role: "AUTHORITY_EMPLOYEE", isAdministrator: false });
    const person = await db.person.findUniqueOrThrow({ where: { id: m.personId } });
    expect(person.birthDate?.toISOString().slice(0, 10)).toBe("1993-06-21"); // from the IIN
    const user = await db.user.findUniqueOrThrow({ where: { login } });
    expect(user).toMatchObject({ personId: m.personId, mustChangePassword: true, registeredAt: null });
    expect(user.passwordHash).not.toContain(password);
    expect(await verifyPassword(password, user.passwordHash!)).toBe(true);
    const audit = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["staff.add", "staff.credentials_issue"]);
    const written = JSON.stringify(audit.map((a) => [a.before, a.after]));
    expect(written).not.toContain(password);
    expect(written).not.toContain(user.passwordHash!);
    // A person (not registered yet), then a user.
    const persons = await listStaff(w.D.id, "DISTRICT_AUTHORITY", { archive: false, registered: false });
    expect(persons.map((r) => r.id)).toContain(m.id);

    const signedIn = await authenticateByPassword({ login, password }, client, NOW);
    const first = (await loadActor(signedIn.id, "staff", signedIn.sessionVersion, NOW))!;
    expect(first.mustChangePassword).toBe(true);
    expect(can(first, "authority.enter")).toBe(false);
    const { sessionVersion } = await changePassword(
      first,
      { current: password, next: "Dina-Nov-2026!" },
      NOW,
    );
    const actor = (await loadActor(signedIn.id, "staff", sessionVersion, NOW))!;
    expect(can(actor, "authority.enter")).toBe(true);
    expect(homePathFor(actor)).toBe("/authority");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).registeredAt).toEqual(NOW);
    const users = await listStaff(w.D.id, "DISTRICT_AUTHORITY", { archive: false, registered: true });
    expect(users.map((r) => r.id)).toContain(m.id);
    const stillPersons = await listStaff(w.D.id, "DISTRICT_AUTHORITY", { archive: false, registered: false });
    expect(stillPersons.map((r) => r.id)).not.toContain(m.id);
  });

  it("“Create and add another” says so; the next person keeps the role and the date and gets their own login", async () => {
    const first = await submit(
      addStaffAction,
      w.actors.dAdmin,
      newPerson(w.D.id, { role: "AUTHORITY_DEPUTY", then: "another" }),
    );
    expect(first.created).toMatchObject({ another: true });
    const second = await submit(
      addStaffAction,
      w.actors.dAdmin,
      newPerson(w.D.id, { role: "AUTHORITY_DEPUTY", firstName: "Динара" }),
    );
    expect(second.created).toMatchObject({ another: false });
    const deputies = await db.membership.findMany({
      where: { organizationId: w.D.id, role: "AUTHORITY_DEPUTY" },
      include: { person: { include: { user: true } } },
    });
    expect(deputies).toHaveLength(2);
    expect(new Set(deputies.map((d) => d.arrivedAt.toISOString().slice(0, 10)))).toEqual(
      new Set(["2026-11-02"]),
    );
    expect(deputies.map((d) => d.person.user?.login).sort()).toEqual(["zhaqsylyqova.d", "zhaqsylyqova.d2"]);
  });

  it("refuses a kindergarten's role in an authority and bad input with field errors in kk, ru and en, writing nothing", async () => {
    const before = await snapshot();
    const wrongKind = await submit(addStaffAction, w.actors.dAdmin, newPerson(w.D.id, { role: "EDUCATOR" }));
    expect(wrongKind).toMatchObject({ ok: false, fieldErrors: { role: "validation.staff.role" } });
    const bad = await submit(
      addStaffAction,
      w.actors.dAdmin,
      newPerson(w.D.id, { iin: "210315601232", lastName: " ", arrivedAt: "", email: "x@" }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.fieldErrors).toMatchObject({
      iin: "validation.iin.checksum",
      lastName: "validation.required",
      arrivedAt: "validation.required",
      email: "validation.staff.email",
    });
    for (const key of [...Object.values(bad.fieldErrors!), "validation.staff.role"]) expectTranslated(key);
    expect(await snapshot()).toEqual(before);
  });

  it("a manager's role only the head or a higher authority's administrator gives", async () => {
    const before = await snapshot();
    const refused = await submit(
      addStaffAction,
      w.actors.dAdmin,
      newPerson(w.D.id, { role: "AUTHORITY_ADMIN" }),
    );
    expect(refused).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await snapshot()).toEqual(before);
    const byHead = await submit(
      addStaffAction,
      w.actors.dHead,
      newPerson(w.D.id, { role: "AUTHORITY_ADMIN" }),
    );
    expect(byHead.ok).toBe(true);
    const byRegion = await submit(
      addStaffAction,
      await regionAdmin(),
      newPerson(w.D.id, { role: "AUTHORITY_HEAD", lastName: "Басшы" }),
    );
    expect(byRegion.ok).toBe(true);
  });
});

describe("the add-participant wizard: an existing user from another organisation", () => {
  const existing = (login: string, over: Record<string, string> = {}) => ({
    organizationId: w.D.id,
    way: "existing",
    role: "AUTHORITY_EMPLOYEE",
    arrivedAt: "2026-11-16",
    lastName: "Әкімші",
    firstName: "",
    login,
    then: "done",
    ...over,
  });

  it("gives a kindergarten's educator a role in the department by their login; they keep their account and get the department", async () => {
    const educator = w.people.kgEducator;
    const userBefore = await db.user.findUniqueOrThrow({ where: { id: educator.user.id } });
    const state = await submit(
      addExistingAction,
      w.actors.dAdmin,
      existing(educator.user.login!.toUpperCase(), { firstName: educator.person.firstName }),
    );
    expect(state).toMatchObject({ ok: true, created: { noInvitation: "people.created.existingUser" } });
    expect(state.created).not.toHaveProperty("invitation.password");
    const m = await membershipOf(educator.person.id, w.D.id);
    expect(m).toMatchObject({ role: "AUTHORITY_EMPLOYEE", arrivedAt: new Date("2026-11-16T00:00:00Z") });
    expect(await db.user.findUniqueOrThrow({ where: { id: educator.user.id } })).toEqual(userBefore);
    const actor = (await loadActor(educator.user.id, "staff", userBefore.sessionVersion, NOW))!;
    expect(actor.memberships.map((x) => x.organizationId).sort()).toEqual([w.D.id, w.K1.id].sort());
    expect((await db.auditLog.findFirstOrThrow()).action).toBe("staff.add_existing");
  });

  it("refuses an unknown login, other names (one message for both) and the same person twice in the same role, writing nothing", async () => {
    const educator = w.people.kgEducator;
    await submit(
      addExistingAction,
      w.actors.dAdmin,
      existing(educator.user.login!, { firstName: educator.person.firstName }),
    );
    const before = await snapshot();
    const unknown = await submit(
      addExistingAction,
      w.actors.dAdmin,
      existing("no.such.login", { firstName: "X" }),
    );
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { login: "people.rule.userNotFound" } });
    const otherNames = await submit(
      addExistingAction,
      w.actors.dAdmin,
      existing(w.people.d2Admin.user.login!, { lastName: "Басқа", firstName: "Адам" }),
    );
    expect(otherNames).toMatchObject({ ok: false, fieldErrors: { login: "people.rule.userNotFound" } });
    const twice = await submit(
      addExistingAction,
      w.actors.dAdmin,
      existing(educator.user.login!, { firstName: educator.person.firstName }),
    );
    expect(twice).toMatchObject({ ok: false, fieldErrors: { role: "people.rule.alreadyOnStaff" } });
    for (const key of ["people.rule.userNotFound", "people.rule.alreadyOnStaff"]) expectTranslated(key);
    expect(await snapshot()).toEqual(before);
  });
});

describe("edit: the extra rights on the organisation's profile", () => {
  const employment = (membershipId: string, over: Record<string, string> = {}) => ({
    membershipId,
    role: "AUTHORITY_EMPLOYEE",
    positionTitle: "Мектепке дейінгі білім беру әдіскері",
    unitId: "",
    qualification: "",
    arrivedAt: "2024-09-01",
    ...over,
  });

  it("the administrator gives moderator and editor rights, a position title and a unit; administrator rights only the head or the region", async () => {
    const employee = await membershipOf(w.people.dEmployee.person.id, w.D.id);
    const unit = await db.structuralUnit.create({
      data: { organizationId: w.D.id, nameKk: "Мектепке дейінгі бөлім", nameRu: "Дошкольный сектор" },
    });
    const foreignUnit = await db.structuralUnit.create({
      data: { organizationId: w.D2.id, nameKk: "Басқа", nameRu: "Другой" },
    });
    const saved = await submit(
      updateEmploymentAction,
      w.actors.dAdmin,
      employment(employee.id, { isModerator: "1", isEditor: "1", unitId: unit.id }),
    );
    expect(saved).toMatchObject({ ok: true, message: "people.saved" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: employee.id } })).toMatchObject({
      isModerator: true,
      isEditor: true,
      isAdministrator: false,
      unitId: unit.id,
      positionTitle: "Мектепке дейінгі білім беру әдіскері",
    });
    const before = await snapshot();
    const foreign = await submit(
      updateEmploymentAction,
      w.actors.dAdmin,
      employment(employee.id, { unitId: foreignUnit.id }),
    );
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { unitId: "people.rule.unitNotFound" } });
    const grant = await submit(
      updateEmploymentAction,
      w.actors.dAdmin,
      employment(employee.id, { isAdministrator: "1" }),
    );
    expect(grant).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await snapshot()).toEqual(before);

    expect(
      (
        await submit(
          updateEmploymentAction,
          w.actors.dHead,
          employment(employee.id, { isAdministrator: "1" }),
        )
      ).ok,
    ).toBe(true);
    const promoted = (await loadActor(w.people.dEmployee.user.id, "staff", 0, NOW))!;
    expect(can(promoted, "org.administer", { organizationId: w.D.id })).toBe(true);
    // Now a manager: the administrator can't take the rights back; the region's administrator can.
    expect((await submit(updateEmploymentAction, w.actors.dAdmin, employment(employee.id))).message).toBe(
      "errors.forbidden",
    );
    expect((await submit(updateEmploymentAction, await regionAdmin(), employment(employee.id))).ok).toBe(
      true,
    );
    expect((await db.membership.findUniqueOrThrow({ where: { id: employee.id } })).isAdministrator).toBe(
      false,
    );
    expect((await db.auditLog.findMany({ where: { action: "staff.employment_update" } })).length).toBe(3);
  });
});

describe("exclude, the archive and restore", () => {
  it("“Yes, exclude”: the person keeps their account and sessions, their actor loses the department; restore brings it back", async () => {
    const { person, user } = w.people.dEmployee;
    const m = await membershipOf(person.id, w.D.id);
    const userBefore = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const unconfirmed = await submit(excludeMemberAction, w.actors.dAdmin, { membershipId: m.id });
    expect(unconfirmed).toMatchObject({
      ok: false,
      fieldErrors: { confirm: "validation.staff.confirmExclude" },
    });
    expectTranslated("validation.staff.confirmExclude");
    expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).excludedAt).toBeNull();

    const done = await submit(excludeMemberAction, w.actors.dAdmin, { membershipId: m.id, confirm: "yes" });
    expect(done).toMatchObject({ ok: true, message: "people.excluded" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).excludedAt).toEqual(NOW);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(userBefore);
    const actor = await loadActor(user.id, "staff", userBefore.sessionVersion, NOW);
    expect(actor).not.toBeNull(); // still signed in: the account is theirs
    expect(actor!.memberships).toEqual([]);
    expect(can(actor, "authority.enter")).toBe(false);
    expect(can(actor, "profile.people.read", { organizationId: w.D.id })).toBe(false);
    const archive = await listStaff(w.D.id, "DISTRICT_AUTHORITY", { archive: true });
    expect(archive.map((r) => r.id)).toEqual([m.id]);
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "staff.exclude" } })).entityId).toBe(m.id);

    expect((await submit(restoreEmploymentAction, w.actors.dAdmin, { membershipId: m.id })).ok).toBe(true);
    const back = (await loadActor(user.id, "staff", userBefore.sessionVersion, NOW))!;
    expect(can(back, "profile.people.read", { organizationId: w.D.id })).toBe(true);
    expect(await listStaff(w.D.id, "DISTRICT_AUTHORITY", { archive: true })).toEqual([]);
  });

  it("an ended employment goes to the archive and comes back; managers and oneself are refused", async () => {
    const m = await membershipOf(w.people.dEmployee.person.id, w.D.id);
    const ended = await submit(endEmploymentAction, w.actors.dAdmin, {
      membershipId: m.id,
      leftAt: "2026-11-27",
      confirm: "1",
    });
    expect(ended).toMatchObject({ ok: true, message: "people.ended" });
    const archive = await listStaff(w.D.id, "DISTRICT_AUTHORITY", { archive: true });
    expect(archive.map((r) => [r.id, r.leftAt?.toISOString().slice(0, 10)])).toEqual([[m.id, "2026-11-27"]]);
    expect((await submit(restoreEmploymentAction, w.actors.dAdmin, { membershipId: m.id })).ok).toBe(true);
    expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).leftAt).toBeNull();

    const head = await membershipOf(w.people.dHead.person.id, w.D.id);
    const before = await snapshot();
    expect(
      (await submit(excludeMemberAction, w.actors.dAdmin, { membershipId: head.id, confirm: "yes" })).message,
    ).toBe("errors.forbidden");
    expect(
      (await submit(excludeMemberAction, w.actors.dHead, { membershipId: head.id, confirm: "yes" })).message,
    ).toBe("people.rule.selfExclude");
    expectTranslated("people.rule.selfExclude");
    expect(await snapshot()).toEqual(before);
  });
});

describe("scope", () => {
  it("another district's administrator, a kindergarten's director and an employee change nothing of the department's people", async () => {
    const employee = await membershipOf(w.people.dEmployee.person.id, w.D.id);
    const before = await snapshot();
    for (const actor of [w.actors.d2Admin, w.actors.kgDirector, w.actors.dEmployee, w.actors.kgEducator]) {
      expect((await submit(addStaffAction, actor, newPerson(w.D.id))).message).toBe("errors.forbidden");
      expect(
        (
          await submit(addExistingAction, actor, {
            organizationId: w.D.id,
            role: "AUTHORITY_EMPLOYEE",
            arrivedAt: "2026-11-16",
            lastName: "Әкімші",
            firstName: w.people.kgEducator.person.firstName,
            login: w.people.kgEducator.user.login!,
          })
        ).message,
      ).toBe("errors.forbidden");
      for (const [action, extra] of [
        [excludeMemberAction, { confirm: "yes" }],
        [restoreEmploymentAction, {}],
        [updateEmploymentAction, { role: "AUTHORITY_EMPLOYEE", arrivedAt: "2024-09-01", isEditor: "1" }],
      ] as const) {
        const state = await submit(action as Action, actor, { membershipId: employee.id, ...extra });
        expect(state.message, String(actor.displayName)).toBe("errors.forbidden");
      }
    }
    // Not signed in: asked to sign in.
    expect((await submit(addStaffAction, null, newPerson(w.D.id))).message).toBe("errors.unauthenticated");
    // A department's administrator does not manage a subordinate kindergarten's ordinary staff here.
    const educator = await membershipOf(w.people.kgEducator.person.id, w.K1.id);
    expect(
      (await submit(excludeMemberAction, w.actors.dAdmin, { membershipId: educator.id, confirm: "yes" }))
        .message,
    ).toBe("errors.forbidden");
    expect(await snapshot()).toEqual(before);
  });
});
