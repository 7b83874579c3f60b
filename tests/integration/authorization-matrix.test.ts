// The authorization matrix: every server action and route handler the builder registered (read from
// its registry after importing every "use server" module and every route.ts), for each of nine actors,
// against a real database — allowed, or refused. An action without an entry here fails the test, and
// so does a "use server" module that exports anything the builder did not make.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBuiltAction, registeredActions } from "@/lib/action/registry";
import { makeIin } from "@/lib/iin/iin";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { ACTORS, makeMatrixWorld, type ActorKey, type MatrixWorld } from "./fixtures/matrix-world";

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z");
const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}
const serverModules = sourceFiles(path.join(root, "lib")).filter((f) =>
  /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")),
);
const routeModules = sourceFiles(path.join(root, "app")).filter((f) => path.basename(f) === "route.ts");

const ALL = ACTORS.filter((a) => a !== "anonymous");
const STAFF: ActorKey[] = [
  "educator",
  "otherGroupEducator",
  "kgAdmin",
  "otherKgAdmin",
  "districtOfficer",
  "otherDistrictOfficer",
];
const PARENT: ActorKey[] = ["parent"];
const PARENTS: ActorKey[] = ["parent", "otherParent"];
const KG_ADMIN: ActorKey[] = ["kgAdmin"];
const KG_ADMINS: ActorKey[] = ["kgAdmin", "otherKgAdmin"];
const GROUP_STAFF: ActorKey[] = ["educator", "kgAdmin"];
const OFFICER: ActorKey[] = ["districtOfficer"];
const OFFICERS: ActorKey[] = ["districtOfficer", "otherDistrictOfficer"];
const KG_STAFF: ActorKey[] = ["educator", "otherGroupEducator", "kgAdmin"];
const NOBODY: ActorKey[] = [];
const EVERYONE: ActorKey[] = [...ACTORS];

type Case = { allowed: ActorKey[]; input: (w: MatrixWorld) => Record<string, unknown> };

const adultIin = () => makeIin(new Date("1991-02-03T00:00:00Z"), "female", 777);
const childIin = () => makeIin(new Date("2023-03-04T00:00:00Z"), "male", 778);
const person = {
  lastName: "Әлиева",
  firstName: "Дана",
  middleName: "",
  birthDate: "",
  sex: "",
  phone: "",
  email: "",
};
const sheet = (w: MatrixWorld) => ({
  childId: w.child.id,
  organizationId: w.kg.id,
  year: "2026",
  month: "11",
});
const hash = "a".repeat(64);

// For each action: who may, and an input that passes its schema (so only authorization is tested).
// Create-type actions act on the actor's own kindergarten or authority, so every administrator may.
const MATRIX: Record<string, Case> = {
  // public
  "district.choose": { allowed: EVERYONE, input: () => ({ district: "matrix" }) },
  "signin.request_code": { allowed: EVERYONE, input: () => ({ phone: "+77011234567", iin: adultIin() }) },
  "signin.eds_challenge": { allowed: EVERYONE, input: () => ({}) },
  "auth.nextauth": { allowed: EVERYONE, input: () => ({ nextauth: ["session"] }) },
  "protocol.export": { allowed: EVERYONE, input: () => ({ locale: "kk", format: "csv" }) },
  "bench.floor": { allowed: EVERYONE, input: () => ({}) },
  // every signed-in person / staff
  "session.end_everywhere": { allowed: ALL, input: () => ({}) },
  "password.change": {
    allowed: STAFF,
    input: () => ({ current: "old-pass-1", next: "new-pass-12", repeat: "new-pass-12" }),
  },
  // the kindergarten's books
  "building.save": { allowed: KG_ADMIN, input: (w) => ({ id: w.building.id, name: "Корпус", address: "" }) },
  "building.archive": { allowed: KG_ADMIN, input: (w) => ({ id: w.building.id, archived: "1" }) },
  "room.save": {
    allowed: KG_ADMIN,
    input: (w) => ({ id: w.room.id, buildingId: w.building.id, name: "Бөлме", places: "20" }),
  },
  "room.archive": { allowed: KG_ADMIN, input: (w) => ({ id: w.room.id, archived: "1" }) },
  "group.save": {
    allowed: KG_ADMIN,
    input: (w) => ({
      id: w.group1.id,
      name: "Күншуақ",
      birthYearFrom: "2022",
      birthYearTo: "2022",
      language: "KK",
      capacity: "25",
    }),
  },
  "group.archive": { allowed: KG_ADMIN, input: (w) => ({ id: w.group1.id, archived: "1" }) },
  "stay_mode.save": {
    allowed: KG_ADMIN,
    input: (w) => ({ id: w.stayMode.id, nameKk: "Күн", nameRu: "День", hours: "9" }),
  },
  "stay_mode.archive": { allowed: KG_ADMIN, input: (w) => ({ id: w.stayMode.id, archived: "1" }) },
  "school_year.save": {
    allowed: KG_ADMIN,
    input: (w) => ({
      id: w.schoolYear.id,
      startsOn: "2026-09-01",
      endsOn: "2027-05-31",
      summerStartsOn: "",
      summerEndsOn: "",
    }),
  },
  "closure.add": { allowed: KG_ADMINS, input: () => ({ date: "2026-12-25", reason: "Жөндеу" }) },
  "closure.remove": { allowed: KG_ADMIN, input: (w) => ({ id: w.closure.id }) },
  // an organisation's people (lib/people/staff): its administrators; a manager only its leader or a higher
  // authority's administrator. The kindergarten's rows act on KG1's educator, the authority's on the
  // district's employee.
  "staff.add": {
    allowed: KG_ADMIN,
    input: (w) => ({
      organizationId: w.kg.id,
      iin: adultIin(),
      ...person,
      role: "EDUCATOR",
      positionTitle: "",
      qualification: "",
      arrivedAt: "2026-09-01",
    }),
  },
  "staff.add_existing": {
    allowed: OFFICER,
    input: (w) => ({
      organizationId: w.district.id,
      role: "AUTHORITY_EMPLOYEE",
      arrivedAt: "2026-11-02",
      lastName: w.districtEmployee.person.lastName,
      firstName: w.districtEmployee.person.firstName,
      login: w.districtEmployee.user.login!,
    }),
  },
  "staff.exclude": {
    allowed: OFFICER,
    input: (w) => ({ membershipId: w.districtEmployee.membership.id, confirm: "yes" }),
  },
  "staff.update_person": {
    allowed: KG_ADMIN,
    input: (w) => ({ membershipId: w.educator.membership.id, ...person }),
  },
  "staff.update_employment": {
    allowed: KG_ADMIN,
    input: (w) => ({
      membershipId: w.educator.membership.id,
      role: "EDUCATOR",
      positionTitle: "",
      qualification: "",
      arrivedAt: "2024-09-01",
    }),
  },
  "staff.set_groups": {
    allowed: KG_ADMIN,
    input: (w) => ({ membershipId: w.educator.membership.id, groupIds: [w.group1.id] }),
  },
  "staff.end_employment": {
    allowed: KG_ADMIN,
    input: (w) => ({ membershipId: w.educator.membership.id, leftAt: "2026-11-30", confirm: "on" }),
  },
  "staff.restore_employment": {
    allowed: KG_ADMIN,
    input: (w) => ({ membershipId: w.educator.membership.id }),
  },
  "staff.issue_credentials": {
    allowed: KG_ADMIN,
    input: (w) => ({ membershipId: w.educator.membership.id }),
  },
  // a kindergarten's staff member: its managers (an authority's own staff: its administrators)
  "staff.unlock_sign_in": {
    allowed: KG_ADMIN,
    input: (w) => ({ membershipId: w.educator.membership.id }),
  },
  // contingent
  "contingent.enrol": {
    allowed: KG_ADMINS,
    input: (w) => ({
      childIin: childIin(),
      childLastName: "Бала",
      childFirstName: "Ерлан",
      groupId: w.group1.id,
      orderNumber: "5",
      orderDate: "2026-11-30",
      startsOn: "2026-12-01",
      rep1Iin: adultIin(),
      rep1LastName: "Ана",
      rep1FirstName: "Айгүл",
      rep1Phone: "+77011234567",
      rep1Relation: "mother",
    }),
  },
  "contingent.transfer": {
    allowed: KG_ADMIN,
    input: (w) => ({
      childId: w.child.id,
      groupId: w.group1.id,
      date: "2026-12-01",
      orderNumber: "6",
      orderDate: "2026-11-30",
    }),
  },
  "contingent.withdraw": {
    allowed: KG_ADMIN,
    input: (w) => ({ childId: w.child.id, lastDay: "2026-11-30", kind: "WITHDRAWN", reason: "Көшті" }),
  },
  "contingent.add_representative": {
    allowed: KG_ADMIN,
    input: (w) => ({
      childId: w.child.id,
      iin: adultIin(),
      lastName: "Әке",
      firstName: "Асқар",
      phone: "+77011234568",
      relation: "father",
    }),
  },
  "contingent.remove_representative": {
    allowed: KG_ADMIN,
    input: (w) => ({ childId: w.child.id, representativeId: w.parent.person.id }),
  },
  // places and the queue
  "place.release": {
    allowed: KG_ADMIN,
    input: (w) => ({ groupId: w.group1.id, birthYear: "2022", count: "1" }),
  },
  "place.withdraw": { allowed: KG_ADMIN, input: (w) => ({ id: w.place.id, reason: "Қате" }) },
  "place.claim": {
    allowed: PARENT,
    input: (w) => ({ placeId: w.place.id, applicationId: w.application.id }),
  },
  "referral.decide": { allowed: PARENT, input: (w) => ({ referralId: w.referral.id, decision: "accept" }) },
  "queue.apply": {
    allowed: PARENTS,
    input: (w) => ({
      childIin: childIin(),
      childLastName: "Бала",
      childFirstName: "Ерлан",
      childBirthDate: "2023-03-04",
      relation: "mother",
      territoryId: w.territory.id,
      choice1: w.kg.id,
      language: "KK",
      priority: "NONE",
      phone: "+77011234567",
      document: null,
      representativeDocument: null,
    }),
  },
  "queue.withdraw": { allowed: PARENT, input: (w) => ({ applicationId: w.application.id, confirm: "on" }) },
  "queue.document": { allowed: [...PARENT, ...OFFICER], input: (w) => ({ applicationId: w.application.id }) },
  "queue.review_priority": {
    allowed: OFFICER,
    input: (w) => ({ applicationId: w.application.id, decision: "confirm" }),
  },
  "queue.review_representative": {
    allowed: OFFICER,
    input: (w) => ({ applicationId: w.application.id, decision: "confirm" }),
  },
  "cabinet.block": {
    allowed: OFFICERS,
    input: () => ({ parentIin: adultIin(), reason: "Құжат жалған болды", confirm: "on" }),
  },
  // the voucher's life: the district's officers issue; the child's representative answers, extends and
  // restores; a kindergarten's managers record the contract (their own kindergarten)
  "voucher.issue": { allowed: OFFICERS, input: () => ({ birthYear: "2022", count: "1" }) },
  "voucher.accept": { allowed: PARENT, input: (w) => ({ voucherId: w.voucher.id }) },
  "voucher.refuse": { allowed: PARENT, input: (w) => ({ voucherId: w.voucher.id, confirm: "on" }) },
  "voucher.extend": { allowed: PARENT, input: (w) => ({ voucherId: w.voucher.id, days: "10" }) },
  "queue.restore": { allowed: PARENT, input: (w) => ({ applicationId: w.application.id }) },
  "voucher.contract": {
    allowed: KG_ADMINS,
    input: (w) => ({ voucherNumber: w.voucher.number, childIin: childIin(), contractNumber: "Ш-1" }),
  },
  "recruitment.save_schedule": {
    allowed: OFFICER,
    input: (w) => ({
      id: w.schedule.id,
      year: "2027",
      birthYear: "2022",
      priorityFrom: "2027-06-01",
      priorityTo: "2027-06-03",
      generalFrom: "2027-06-04",
    }),
  },
  "recruitment.delete_schedule": { allowed: OFFICER, input: (w) => ({ id: w.schedule.id }) },
  "recruitment.save_shift": {
    allowed: OFFICER,
    input: (w) => ({
      scheduleId: w.schedule.id,
      organizationId: w.kg.id,
      priorityFrom: "2027-06-08",
      priorityTo: "2027-06-10",
      generalFrom: "2027-06-11",
      reason: "Жөндеу",
    }),
  },
  "recruitment.delete_shift": { allowed: OFFICER, input: (w) => ({ id: w.shift.id }) },
  "recruitment.save_own_shift": {
    allowed: KG_ADMINS,
    input: (w) => ({
      scheduleId: w.schedule.id,
      priorityFrom: "2027-06-15",
      priorityTo: "2027-06-17",
      generalFrom: "2027-06-18",
      reason: "Жөндеу",
    }),
  },
  "recruitment.delete_own_shift": { allowed: KG_ADMIN, input: (w) => ({ id: w.shift.id }) },
  "recruitment.save_settings": {
    allowed: OFFICERS,
    input: () => ({
      priorityRatioGeneral: "3",
      priorityWindowWorkDays: "3",
      referralValidityWorkDays: "5",
      stopListDays: "10",
    }),
  },
  // the national calendar: regional administrators only (none of the nine; tests/unit/policy.test.ts)
  "holiday.save": {
    allowed: NOBODY,
    input: () => ({
      date: "2026-12-16",
      kind: "HOLIDAY",
      nameKk: "Тәуелсіздік",
      nameRu: "Независимость",
      nameEn: "Independence",
    }),
  },
  "holiday.remove": { allowed: NOBODY, input: () => ({ date: "2026-12-16" }) },
  "holiday.load_defaults": { allowed: NOBODY, input: () => ({ year: "2027" }) },
  // feedback: public messages to any organisation; its feedback block: its administrators
  "appeal.send": {
    allowed: EVERYONE,
    input: (w) => ({
      slug: w.kg.slug,
      authorName: "Азамат",
      email: "citizen@example.kz",
      phone: "",
      subject: "Орын туралы",
      body: "Балабақшадағы орын туралы сұрақ",
    }),
  },
  "question.ask": {
    allowed: EVERYONE,
    input: (w) => ({
      slug: w.kg.slug,
      authorName: "Азамат",
      email: "citizen@example.kz",
      question: "Жазғы жинақтау қашан басталады?",
    }),
  },
  "feedback.save_contacts": {
    allowed: KG_ADMIN,
    input: (w) => ({
      organizationId: w.kg.id,
      phones: "+7 7162 72 00 00",
      receptionHours: "Сейсенбі 15:00–18:00",
    }),
  },
  "feedback.send_email_code": {
    allowed: KG_ADMIN,
    input: (w) => ({ organizationId: w.kg.id, email: "appeals@example.kz" }),
  },
  "feedback.confirm_email": {
    allowed: KG_ADMIN,
    input: (w) => ({ organizationId: w.kg.id, code: "123456" }),
  },
  "appeal.take": { allowed: KG_ADMIN, input: (w) => ({ appealId: w.appeal.id }) },
  "appeal.answer": { allowed: KG_ADMIN, input: (w) => ({ appealId: w.appeal.id, answer: "Жауап беріледі" }) },
  "question.answer": {
    allowed: KG_ADMIN,
    input: (w) => ({ questionId: w.question.id, answer: "Маусымда басталады", publish: "on" }),
  },
  "question.publish": { allowed: KG_ADMIN, input: (w) => ({ questionId: w.question.id, published: "1" }) },
  // the organisation's administration: its administrators (a kindergarten's managers, an authority's
  // administrators and head); the subordinates of an authority: its administrators only
  "org.save_names": {
    allowed: KG_ADMIN,
    input: (w) => ({
      organizationId: w.kg.id,
      shortNameKk: "Балабақша",
      shortNameRu: "Детский сад",
      fullNameKk: "Балабақша",
      fullNameRu: "Детский сад",
    }),
  },
  "org.upload_logo": {
    allowed: OFFICER,
    input: (w) => ({ organizationId: w.district.id, logo: new File([new Uint8Array(8)], "logo.png") }),
  },
  "org.remove_logo": { allowed: OFFICER, input: (w) => ({ organizationId: w.district.id }) },
  "org.save_contacts": {
    allowed: KG_ADMIN,
    input: (w) => ({ organizationId: w.kg.id, email: "kg@example.kz", website: "edu.kz" }),
  },
  "org.save_features": {
    allowed: OFFICER,
    input: (w) => ({
      organizationId: w.district.id,
      featureSite: "on",
      forumReadAccess: "EVERYONE",
      forumTopicCreation: "MEMBERS",
      documentsUpload: "ADMINISTRATORS",
    }),
  },
  "org.save_localisation": {
    allowed: KG_ADMIN,
    input: (w) => ({ organizationId: w.kg.id, city: "Көкшетау", timeZone: "Asia/Almaty" }),
  },
  "org.change_subordination": {
    allowed: OFFICER,
    input: (w) => ({ authorityId: w.district.id, op: "exclude", ids: [w.kg.id] }),
  },
  "org.save_subordinate_types": {
    allowed: OFFICER,
    input: (w) => ({ authorityId: w.district.id, types: ["state_kindergarten"] }),
  },
  "org.logo": { allowed: EVERYONE, input: (w) => ({ slug: w.kg.slug }) },
  // announcements: the author organisation's administrators and editors publish, delete and see who has
  // read (the district's); only the stored recipients (KG1's staff and the parent) open and mark them read
  "announcement.publish": {
    allowed: OFFICER,
    input: (w) => ({
      intent: "content",
      organizationId: w.district.id,
      title: "Хабарландыру",
      body: "Мәтін",
      readBy: "",
      codes: [],
      orgIds: [],
    }),
  },
  "announcement.delete": { allowed: OFFICER, input: (w) => ({ id: w.announcement.id, confirm: "yes" }) },
  "announcement.mark_read": {
    allowed: ["parent", "educator", "otherGroupEducator", "kgAdmin"],
    input: (w) => ({ id: w.announcement.id }),
  },
  "announcement.export": { allowed: OFFICER, input: (w) => ({ locale: "kk", id: w.announcement.id }) },
  // reports: an officer downloads over the organisations below them (KG1 is the district's); a kindergarten's
  // managers their own kindergarten's
  "report.export": {
    allowed: OFFICER,
    input: (w) => ({ locale: "kk", report: "attendance", format: "csv", org: w.kg.id }),
  },
  "report.export_own": {
    allowed: KG_ADMIN,
    input: (w) => ({ locale: "kk", report: "attendance", format: "csv", org: w.kg.id }),
  },
  // timesheets
  "timesheet.bind_child": { allowed: PARENTS, input: () => ({ iin: childIin() }) },
  "timesheet.unbind_child": { allowed: PARENT, input: (w) => ({ childId: w.child.id }) },
  "timesheet.request_code": { allowed: PARENT, input: sheet },
  "timesheet.confirm_code": { allowed: PARENT, input: (w) => ({ ...sheet(w), hash, code: "123456" }) },
  "timesheet.dispute": {
    allowed: PARENT,
    input: (w) => ({ ...sheet(w), reason: "Ол күні келді", days: [] }),
  },
  "timesheet.eds_prepare": { allowed: PARENT, input: sheet },
  "timesheet.eds_complete": {
    allowed: PARENT,
    input: (w) => ({ ...sheet(w), hash, signedXml: "<x>".padEnd(120, " ") }),
  },
  // the dispute's life: the kindergarten (its manager, the child's educator) accepts, rejects and reports
  // a correction; the child's parent escalates; an officer of the department over KG1 decides
  "timesheet.accept_dispute": {
    allowed: GROUP_STAFF,
    input: (w) => ({ disputeId: w.dispute.id, answer: "Түзетілді" }),
  },
  "timesheet.reject_dispute": {
    allowed: GROUP_STAFF,
    input: (w) => ({ disputeId: w.dispute.id, answer: "Бала келмеді" }),
  },
  "timesheet.dispute_corrected": { allowed: GROUP_STAFF, input: (w) => ({ disputeId: w.dispute.id }) },
  "timesheet.escalate_dispute": {
    allowed: PARENT,
    input: (w) => ({ disputeId: w.dispute.id, reason: "Балабақша қате жауап берді" }),
  },
  "timesheet.decide_dispute": {
    allowed: OFFICER,
    input: (w) => ({ disputeId: w.dispute.id, outcome: "kindergarten", decision: "Белгілер дұрыс" }),
  },
  // attendance and absences
  "attendance.mark": {
    allowed: GROUP_STAFF,
    input: (w) => ({
      groupId: w.group1.id,
      childId: w.child.id,
      date: "2026-11-30",
      status: "PRESENT",
      reason: null,
    }),
  },
  "attendance.mark_all_present": {
    allowed: GROUP_STAFF,
    input: (w) => ({ groupId: w.group1.id, date: "2026-11-30" }),
  },
  "absence.apply_answer": { allowed: GROUP_STAFF, input: (w) => ({ noticeId: w.notice.id }) },
  "absence.answer": {
    allowed: PARENT,
    input: (w) => ({ noticeId: w.notice.id, reason: "ILLNESS_CERTIFIED", comment: "" }),
  },
  "absence.plan": {
    allowed: PARENT,
    input: (w) => ({
      childId: w.child.id,
      dateFrom: "2026-12-07",
      dateTo: "2026-12-08",
      reason: "ILLNESS_CERTIFIED",
      comment: "",
    }),
  },
  "absence.cancel": { allowed: PARENT, input: (w) => ({ noticeId: w.notice.id }) },
  // an organisation's profile (KG1: the forum on; documents uploaded by its administrators, the default)
  "profile.document_file": {
    allowed: EVERYONE,
    input: (w) => ({ locale: "kk", slug: w.kg.slug, documentId: w.profile.document.id }),
  },
  "profile.wall_post": { allowed: KG_STAFF, input: (w) => ({ organizationId: w.kg.id, body: "Сәлем!" }) },
  "profile.folder_create": {
    allowed: KG_ADMIN,
    input: (w) => ({ organizationId: w.kg.id, name: "Жаңа папка", parentId: "" }),
  },
  "profile.document_upload": {
    allowed: KG_ADMIN,
    input: (w) => ({
      organizationId: w.kg.id,
      title: "",
      folderId: "",
      file: new File(["%PDF-1.4 matrix"], "matrix.pdf"),
    }),
  },
  "profile.document_delete": { allowed: KG_ADMIN, input: (w) => ({ documentId: w.profile.document.id }) },
  "profile.topic_create": {
    allowed: KG_STAFF,
    input: (w) => ({ organizationId: w.kg.id, title: "Жаңа тақырып", body: "Мәтін" }),
  },
  "profile.forum_reply": { allowed: ALL, input: (w) => ({ topicId: w.profile.topic.id, body: "Жауап" }) },
  "profile.post_hide": { allowed: KG_ADMIN, input: (w) => ({ postId: w.profile.post.id, hidden: "1" }) },
};

let world: MatrixWorld;
beforeAll(async () => {
  for (const f of [...serverModules, ...routeModules]) await import(/* @vite-ignore */ f);
  await resetDatabase();
  world = await makeMatrixWorld(db, NOW);
});
afterAll(disconnectPrisma);

describe("the authorization matrix", () => {
  it('every export of a "use server" module is made by the action builder', async () => {
    expect(serverModules.length).toBeGreaterThan(15);
    for (const f of serverModules) {
      const mod = (await import(/* @vite-ignore */ f)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod))
        expect(isBuiltAction(value), `${path.relative(root, f)}: ${name}`).toBe(true);
    }
    for (const f of routeModules) {
      const mod = (await import(/* @vite-ignore */ f)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"])
        if (method in mod)
          expect(isBuiltAction(mod[method]), `${path.relative(root, f)}: ${method}`).toBe(true);
    }
  });

  it("covers every registered action and route handler for nine actors", async () => {
    const actions = registeredActions();
    const names = actions.map((a) => a.name).sort();
    expect(
      names.filter((n) => !(n in MATRIX)),
      "actions without a matrix entry",
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((n) => !names.includes(n)),
      "matrix entries of no action",
    ).toEqual([]);
    const wrong: string[] = [];
    let cases = 0;
    for (const action of actions) {
      const entry = MATRIX[action.name]!;
      for (const key of ACTORS) {
        const result = await action.check(world.actors[key], entry.input(world));
        cases++;
        expect(result, `${action.name}: the sample input must pass the schema`).not.toBe("invalid_input");
        const expected = entry.allowed.includes(key);
        if ((result === "allowed") !== expected)
          wrong.push(`${action.name} × ${key}: ${result}, expected ${expected ? "allowed" : "refused"}`);
        if (key === "anonymous" && !expected) expect(result, action.name).toBe("unauthenticated");
      }
    }
    expect(wrong).toEqual([]);
    console.log(`authorization matrix: ${actions.length} actions, ${ACTORS.length} actors, ${cases} cases`);
  });
});
