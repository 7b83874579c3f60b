import { AppError } from "@/lib/errors/app-error";
import { type Actor, isAuthorityMember, isKindergartenEducator, isKindergartenManager } from "./actor";
import type { AccessLevel } from "@/lib/generated/prisma/enums";
import { isOrgAdministrator, reaches, viewerOf } from "@/lib/profile/visibility";

// The one table of who may do what (SPEC §6: role and scope). Each entry names one decision, says in a
// line what it allows, and holds the rule that grants it. The rule looks at the actor and the resource
// only (no I/O); conditions on the data that are not about *who* — the 1st–10th window, capacity,
// deadlines — are pure rules of their domain, named in the entry's comment. Every server action asks
// its entry through the action builder (lib/action/define-action.ts); pages ask through requirePage.

// What an action is about, loaded and scoped by the action before it asks. Missing fields deny.
export type Resource = {
  organizationId?: string;
  /** The organisation and its authorities up the tree (for authority scope). */
  orgPath?: string[];
  groupId?: string;
  /** Groups the child was in during the period concerned (educators' scope). */
  groupIds?: string[];
  childId?: string;
  /** Who submitted the queue application concerned (their claim to represent the child may still be pending). */
  applicantId?: string;
  /** The person concerned manages the organisation (a kindergarten's director, deputy, administrator; an
   * authority's head, administrator; administrator rights) — in any of their roles there — or would after the
   * change (lib/people/staff/subject.ts). */
  subjectIsManager?: boolean;
  /** The person concerned has a parent's cabinet (lib/people/staff/rules.ts hasParentCabinet). */
  subjectHasParentCabinet?: boolean;
  /** The level an organisation's profile settings ask for this (reading the forum, opening a topic, uploading a
   * document), raised while its site is off; missing while the feature is off (lib/profile/visibility.ts requiredLevel). */
  accessLevel?: AccessLevel;
  /** The actor's own person id when they are among an announcement's stored recipients (lib/announcement/resources.ts). */
  recipientId?: string;
};

type Rule = (actor: Actor | null, r: Resource) => boolean;
type Entry = { description: string; rule: Rule };

// ── who the actor is ──────────────────────────────────────────────────────────────────────────────
const anyone: Rule = () => true;
const signedIn = (a: Actor | null): a is Actor => !!a && !(a.audience === "staff" && a.mustChangePassword);
const parent = (a: Actor | null): a is Actor => !!a && a.audience === "parent";
const staff = (a: Actor | null): a is Actor => !!a && a.audience === "staff" && !a.mustChangePassword;

// ── their scope ───────────────────────────────────────────────────────────────────────────────────
const representsChild = (a: Actor, r: Resource) => !!r.childId && a.representedChildIds.includes(r.childId);
const managerOf = (a: Actor, orgId?: string) =>
  !!orgId && a.memberships.some((m) => m.organizationId === orgId && isKindergartenManager(m));
const educatorOfGroup = (a: Actor, r: Resource) => {
  const groups = r.groupIds ?? (r.groupId ? [r.groupId] : []);
  return (
    !!r.organizationId &&
    groups.some((g) => a.educatorGroupIds.includes(g)) &&
    a.memberships.some((m) => m.organizationId === r.organizationId && isKindergartenEducator(m))
  );
};
const authorityOver = (a: Actor, path?: string[]) =>
  !!path && a.memberships.some((m) => isAuthorityMember(m) && path.includes(m.organizationId));
const authorityAdminOf = (a: Actor, orgId?: string) =>
  !!orgId &&
  a.memberships.some(
    (m) =>
      m.organizationId === orgId &&
      isAuthorityMember(m) &&
      (m.isAdministrator || m.role === "AUTHORITY_ADMIN"),
  );
const directorOf = (a: Actor, orgId?: string) =>
  !!orgId &&
  a.memberships.some(
    (m) => m.organizationId === orgId && m.orgKind === "KINDERGARTEN" && m.role === "KG_DIRECTOR",
  );
const authorityAdminOver = (a: Actor, path?: string[]) =>
  !!path &&
  a.memberships.some(
    (m) =>
      isAuthorityMember(m) &&
      path.includes(m.organizationId) &&
      (m.isAdministrator || m.role === "AUTHORITY_ADMIN"),
  );
// An organisation's administrators (its profile, settings and administration pages): for an authority its
// administrators and its head, for a kindergarten its managers (director, deputies, administrators).
const orgAdministratorOf = (a: Actor, orgId?: string) =>
  managerOf(a, orgId) ||
  (!!orgId &&
    a.memberships.some(
      (m) =>
        m.organizationId === orgId &&
        isAuthorityMember(m) &&
        (m.isAdministrator || m.role === "AUTHORITY_ADMIN" || m.role === "AUTHORITY_HEAD"),
    ));
const regionAdminOf = (a: Actor, orgId?: string) =>
  authorityAdminOf(a, orgId) &&
  a.memberships.some((m) => m.organizationId === orgId && m.orgKind === "REGION_AUTHORITY");

// ── composed grants ───────────────────────────────────────────────────────────────────────────────
const parentOfChild: Rule = (a, r) => parent(a) && representsChild(a, r);
const applicantOrParent: Rule = (a, r) =>
  parent(a) && (representsChild(a, r) || (!!r.applicantId && r.applicantId === a.personId));
const kgManager: Rule = (a, r) => staff(a) && managerOf(a, r.organizationId);
const kgManagerOrGroupEducator: Rule = (a, r) =>
  staff(a) && (managerOf(a, r.organizationId) || educatorOfGroup(a, r));
const authorityAdmin: Rule = (a, r) => staff(a) && authorityAdminOf(a, r.organizationId);
// An organisation's leader: a kindergarten's director, an authority's head.
const leaderOf = (a: Actor, orgId?: string) =>
  directorOf(a, orgId) ||
  (!!orgId &&
    a.memberships.some(
      (m) => m.organizationId === orgId && isAuthorityMember(m) && m.role === "AUTHORITY_HEAD",
    ));
// An organisation's people (a kindergarten's staff, an authority's own officers): its administrators look
// after the others (a kindergarten's managers; an authority's head and administrators); its managers
// themselves (a kindergarten's director, deputies, administrators; an authority's head, administrators;
// anyone with administrator rights) only its leader or an administrator of an authority above it — else a
// manager could demote, reset and promote back a co-worker or the leader and sign in as them.
const staffKeeper: Rule = (a, r) =>
  staff(a) &&
  (r.subjectIsManager
    ? leaderOf(a, r.organizationId) ||
      authorityAdminOver(
        a,
        r.orgPath?.filter((id) => id !== r.organizationId),
      )
    : orgAdministratorOf(a, r.organizationId));

// An organisation's profile (lib/profile/visibility.ts says who is a member, an administrator, a moderator).
const profileViewer = (a: Actor, r: Resource) => (r.organizationId ? viewerOf(a, r.organizationId) : null);
const orgMember: Rule = (a, r) => staff(a) && !!profileViewer(a, r)?.member;
const orgAdministrator: Rule = (a, r) => staff(a) && !!profileViewer(a, r)?.administrator;
const orgModerator: Rule = (a, r) => staff(a) && !!profileViewer(a, r)?.moderator;
// An organisation's announcement keepers: its administrators (lib/profile/visibility.ts isOrgAdministrator) or
// those given the editor right there (Membership.isEditor).
const announcementKeeper: Rule = (a, r) =>
  staff(a) &&
  !!r.organizationId &&
  a.memberships.some((m) => m.organizationId === r.organizationId && (isOrgAdministrator(m) || !!m.isEditor));
const profileLevel: Rule = (a, r) => {
  const viewer = signedIn(a) ? profileViewer(a, r) : null;
  return !!viewer && !!r.accessLevel && reaches(viewer, r.accessLevel);
};

const entry = (description: string, rule: Rule): Entry => ({ description, rule });

export const POLICY = {
  // ── public and every signed-in person ──
  "district.choose": entry("Remember the visitor's district (public).", anyone),
  "signin.request_code": entry(
    "Ask for a sign-in code by SMS (public; the phone must be linked in the mobile-citizens registry — lib/auth/otp).",
    anyone,
  ),
  "signin.eds_challenge": entry("Get a one-time challenge to sign in with EDS (public).", anyone),
  "session.sign_in": entry(
    "Use the sign-in endpoints (public; each provider checks its credentials: lib/auth/authenticate.ts).",
    anyone,
  ),
  "protocol.read": entry("Read and download the published protocol of places (public).", anyone),
  "portal_key.read": entry(
    "Download the portal's public signing keys, to check its signed protocol heads and receipts (public).",
    anyone,
  ),
  "appeal.send": entry(
    "Send an electronic appeal to an organisation (public; only while its appeals e-mail is confirmed and its feedback shown, rate-limited per e-mail and address: lib/feedback/rules.ts).",
    anyone,
  ),
  "question.ask": entry(
    "Ask an organisation a question for its public questions and answers (public; rate-limited: lib/feedback/rules.ts).",
    anyone,
  ),
  "org.logo.read": entry("See an organisation's logo (public, like the profile it is shown on).", anyone),
  "profile.read": entry(
    "Open an organisation's public profile and download its documents (public; which tabs and data each viewer sees — the Site switch, the features, the forum's and documents' levels — is lib/profile/visibility.ts).",
    anyone,
  ),
  "password.change": entry(
    "Change one's own staff password (also at the first sign-in with invitation credentials).",
    (a) => !!a && a.audience === "staff",
  ),
  "session.end_everywhere": entry("Sign out on every device.", (a) => signedIn(a)),

  // ── areas (pages) ──
  "cabinet.use": entry("Use the parent's cabinet.", (a) => parent(a)),
  "kindergarten.enter": entry(
    "Enter the kindergarten area (its managers and educators).",
    (a) => staff(a) && a.memberships.some((m) => isKindergartenManager(m) || isKindergartenEducator(m)),
  ),
  "kindergarten.manage": entry(
    "Open the administrator's reference books of the kindergarten (director, deputy, administrator).",
    kgManager,
  ),
  "authority.enter": entry(
    "Enter the education authority's area (its staff).",
    (a) => staff(a) && a.memberships.some(isAuthorityMember),
  ),
  "child.read": entry(
    "See a child: the parent on record, the kindergarten's managers, the educator of the child's group, the authorities above.",
    (a, r) =>
      (parent(a) && representsChild(a, r)) ||
      (staff(a) && (managerOf(a, r.organizationId) || educatorOfGroup(a, r) || authorityOver(a, r.orgPath))),
  ),
  "group.read": entry(
    "See a group and its children: the kindergarten's managers, the group's educators.",
    kgManagerOrGroupEducator,
  ),
  "org.read": entry(
    "See an organisation's non-public data: its authorities up the tree, or its own managers.",
    (a, r) => staff(a) && (authorityOver(a, r.orgPath) || managerOf(a, r.organizationId)),
  ),
  "audit.read": entry(
    "Read the audit history of an organisation, of a child there and of a timesheet there — who, when, what changed, personal data masked (lib/audit/history.ts): the staff of the authorities above it, or its own managers (director, deputy, administrator).",
    (a, r) => staff(a) && (authorityOver(a, r.orgPath) || managerOf(a, r.organizationId)),
  ),
  "org.manage": entry("Administer an education authority (its administrators).", authorityAdmin),
  "org.feedback.manage": entry(
    "Keep the organisation's feedback block — contacts and reception, the appeals e-mail, the appeals inbox, answers to citizens' questions: its administrators, as for its administration (an authority's administrators and head, a kindergarten's managers: lib/profile/visibility.ts isOrgAdministrator).",
    orgAdministrator,
  ),
  "report.read": entry(
    "Read reports on an organisation: the authorities above it.",
    (a, r) => staff(a) && authorityOver(a, r.orgPath),
  ),
  "report.read_own": entry(
    "Read the reports of one's own kindergarten (per-organisation, attendance, timesheets and vouchers, staffing by age group): its managers (director, deputy, administrator).",
    kgManager,
  ),
  "org.administer": entry(
    "Open an organisation's administration and change its settings (names, logo, contacts, features, localisation): its administrators — an authority's administrators and head, a kindergarten's managers.",
    (a, r) => staff(a) && orgAdministratorOf(a, r.organizationId),
  ),
  "org.subordinates.manage": entry(
    "Exclude or include an authority's subordinate organisations and choose the types subordinate to it: the authority's administrators and head (only its own subordinates: lib/org/subordinates).",
    (a, r) =>
      staff(a) &&
      orgAdministratorOf(a, r.organizationId) &&
      a.memberships.some((m) => m.organizationId === r.organizationId && isAuthorityMember(m)),
  ),
  "announcement.manage": entry(
    "Publish and delete an organisation's announcements: its administrators (an authority's head and administrators, a kindergarten's managers, anyone with administrator rights) or those given the editor right; only to its own people and those under it (lib/announcement/audiences.ts).",
    announcementKeeper,
  ),
  "announcement.receipts": entry(
    "See an organisation's announcements with who has read them and who has not, and export that list: the same people of the author organisation only (not the recipients, not the authorities above).",
    announcementKeeper,
  ),
  "announcement.read": entry(
    "Open an announcement and mark it read: its recipients only (the rows stored at publication).",
    (a, r) => signedIn(a) && !!r.recipientId && r.recipientId === a.personId,
  ),

  // ── an organisation's profile (lib/profile) ──
  "profile.people.read": entry(
    "See the People tab of an organisation: its own staff only (never the public, never another organisation's staff).",
    orgMember,
  ),
  "profile.wall.post": entry("Write on an organisation's message wall: its staff.", orgMember),
  "profile.forum.create_topic": entry(
    "Open a forum topic: whoever reaches the forum's who-may-open-topics level (lib/profile/visibility.ts requiredLevel; nobody while the forum is off).",
    profileLevel,
  ),
  "profile.forum.reply": entry(
    "Reply in a forum topic: anyone signed in who may read the forum (a closed topic takes no replies: lib/profile/forum-post.ts).",
    profileLevel,
  ),
  "profile.forum.moderate": entry(
    "Hide a forum post or show it again: the organisation's moderators and administrators.",
    orgModerator,
  ),
  "profile.documents.upload": entry(
    "Upload a document to an organisation's profile: whom its who-may-upload setting names (its staff or its administrators).",
    profileLevel,
  ),
  "profile.documents.manage": entry(
    "Create document folders and delete documents of an organisation's profile: its administrators.",
    orgAdministrator,
  ),

  // ── parents ──
  "child.bind": entry(
    "Bind a child to the cabinet by the child's IIN (the data condition — a representative on record — is lib/timesheet/binding.ts).",
    (a) => parent(a),
  ),
  "child.unbind": entry(
    "Remove a child from the cabinet's timesheet list (the parent who bound it).",
    parentOfChild,
  ),
  "timesheet.confirm": entry(
    "Confirm a child's monthly timesheet: a representative on record (the 1st–10th window and the grace period: lib/timesheet/window.ts).",
    parentOfChild,
  ),
  "timesheet.receipt": entry(
    "Download the receipt of a confirmed month (the snapshot as signed, its hash, the method, the signer): a representative of the child, the kindergarten's managers, the staff of an education authority above it.",
    (a, r) => parentOfChild(a, r) || kgManager(a, r) || (staff(a) && authorityOver(a, r.orgPath)),
  ),
  "timesheet.dispute": entry(
    "Disagree with a child's monthly timesheet: a representative on record (same window as confirming).",
    parentOfChild,
  ),
  "dispute.escalate": entry(
    "Take a timesheet dispute the kindergarten rejected to the district education department: a representative of the child (while the rejection's grace period lasts: lib/timesheet/dispute-rules.ts).",
    parentOfChild,
  ),
  "absence.answer": entry(
    "Answer the kindergarten's question why the child was absent (the child's representative).",
    parentOfChild,
  ),
  "absence.plan": entry(
    "Announce or cancel a planned absence of the child (its representative; while enrolled: lib/absence/parent-rules.ts).",
    parentOfChild,
  ),
  "queue.apply": entry(
    "Register a child in the kindergarten queue (any parent; the child's record and a representative's claim: lib/queue/applications).",
    (a) => parent(a),
  ),
  "queue.withdraw": entry(
    "Take an application out of the queue (the applicant — even while their claim to represent the child waits for the district officer — or a representative of the child).",
    applicantOrParent,
  ),
  "place.claim": entry(
    "Take a released place for a child's application (its representative; the access windows: lib/queue/places/window.ts).",
    parentOfChild,
  ),
  "referral.decide": entry(
    "Accept a referral, refuse the place or refuse the voucher (the child's representative; deadlines: lib/queue/referrals/rules.ts).",
    parentOfChild,
  ),
  "voucher.answer": entry(
    "Accept or refuse an issued voucher, or extend its contract deadline once: the child's representative (deadlines: lib/voucher/life-rules.ts).",
    parentOfChild,
  ),
  "queue.restore": entry(
    "Restore an application that went inactive (a voucher deadline passed), once within 28 days: the child's representative (lib/voucher/life-rules.ts).",
    parentOfChild,
  ),
  "queue.document.read": entry(
    "Download a queue application's documents (priority, representative): the applicant or the child's representative, or an authority over a chosen kindergarten.",
    (a, r) => applicantOrParent(a, r) || (staff(a) && authorityOver(a, r.orgPath)),
  ),

  // ── kindergarten staff ──
  "attendance.mark": entry(
    "Mark or correct a child's day in the attendance grid: the group's educator or a manager (non-working days, future days, confirmed months: lib/attendance/rules.ts).",
    kgManagerOrGroupEducator,
  ),
  "absence.apply_answer": entry(
    "Apply a parent's answer about an absence to the marks: the group's educator or a manager.",
    kgManagerOrGroupEducator,
  ),
  "dispute.answer": entry(
    "Answer a parent's timesheet dispute — accept it (the marks corrected) or reject it with reasons — and report the correction the department's officer asked for: a manager of the kindergarten or an educator of a group the child was in that month (the states: lib/timesheet/dispute-rules.ts).",
    kgManagerOrGroupEducator,
  ),
  "building.manage": entry(
    "Keep the buildings and rooms (with their places) of the kindergarten: its managers.",
    kgManager,
  ),
  "group.manage": entry(
    "Create, edit and archive the kindergarten's groups: its managers (capacity: lib/kindergarten/groups/rules.ts).",
    kgManager,
  ),
  "stay_mode.manage": entry("Keep the kindergarten's stay modes: its managers.", kgManager),
  "calendar.manage": entry("Keep the kindergarten's school years and closure days: its managers.", kgManager),
  "contingent.manage": entry(
    "Enrol, transfer and withdraw children by order and keep their representatives: the kindergarten's managers (one group per child per day: lib/kindergarten/contingent/rules.ts).",
    kgManager,
  ),
  "staff.manage": entry(
    "Add people to an organisation (a new person, or an existing user by login), edit their data, employment and extra rights, bind educators to groups, end, exclude and restore: the organisation's administrators (a kindergarten's managers; an authority's head and administrators); for a manager — adding one, changing their employment, making someone one (administrator rights too), ending, excluding or restoring them — only the leader (director, head) or an administrator of an authority above the organisation.",
    staffKeeper,
  ),
  "staff.issue_credentials": entry(
    "Issue or reset a person's login and one-time password (the invitation): the organisation's administrators for its other people; for a manager only the leader (director, head) or an administrator of an authority above; never for a person with a parent's cabinet (lib/people/staff/rules.ts hasParentCabinet), whose account is theirs.",
    (a, r) => r.subjectHasParentCabinet === false && r.subjectIsManager !== undefined && staffKeeper(a, r),
  ),
  "staff.unlock_sign_in": entry(
    "Lift the sign-in lock that failed password attempts put on a person's login: the administrators of the organisation they work in (a kindergarten's managers, an authority's head and administrators; the lock: lib/auth/throttle-rules.ts).",
    (a, r) => staff(a) && orgAdministratorOf(a, r.organizationId),
  ),
  "recruitment.shift_own": entry(
    "Shift the kindergarten's own summer-recruitment dates (repairs, illness of the responsible person …) with the reason, before they begin: the kindergarten's managers (lib/queue/recruitment/own-shift.ts).",
    kgManager,
  ),
  "voucher.contract": entry(
    "Record the contract for a voucher the parent accepted (its number and the child's IIN): the kindergarten's managers (deadline: lib/voucher/life-rules.ts).",
    kgManager,
  ),
  "place.release": entry(
    "Release places of a group to the queue, or withdraw an open one: the kindergarten's managers (August pause and windows: lib/queue/places/release-rules.ts).",
    kgManager,
  ),

  // ── education authorities ──
  "queue.review_priority": entry(
    "Confirm or reject an applicant's priority category: the administrators of an authority over a kindergarten the application chose.",
    (a, r) => authorityAdmin(a, r) && !!r.orgPath?.includes(r.organizationId ?? ""),
  ),
  "queue.review_representative": entry(
    "Verify or refuse an applicant's claim to represent a child (guardian, trustee, adoptive or foster parent, with the document): the administrators of an authority over a kindergarten the child's application chose.",
    (a, r) => authorityAdmin(a, r) && !!r.orgPath?.includes(r.organizationId ?? ""),
  ),
  "voucher.issue": entry(
    "Issue the funded number of vouchers to a birth-year cohort of the district in queue order: the district education department's officers and administrators (lib/voucher/issue.ts).",
    (a, r) =>
      staff(a) &&
      a.memberships.some((m) => m.organizationId === r.organizationId && m.orgKind === "DISTRICT_AUTHORITY"),
  ),
  "dispute.decide": entry(
    "Decide an escalated timesheet dispute (the kindergarten was right, or the marks must be corrected) and see the list of escalated disputes: the staff of an education authority the kindergarten is under (the states and the deadline: lib/timesheet/dispute-rules.ts).",
    (a, r) =>
      staff(a) &&
      !!r.organizationId &&
      a.memberships.some((m) => m.organizationId === r.organizationId && isAuthorityMember(m)) &&
      !!r.orgPath?.includes(r.organizationId),
  ),
  "cabinet.block": entry(
    "Block a parent's cabinet for six months: the administrators of an authority.",
    authorityAdmin,
  ),
  "recruitment.manage": entry(
    "Keep the summer recruitment schedule, the kindergartens' shifts and the queue periods: the authority's administrators.",
    authorityAdmin,
  ),
  "holiday.manage": entry(
    "Keep the national holiday calendar: the administrators of a regional authority.",
    (a, r) => staff(a) && regionAdminOf(a, r.organizationId),
  ),
} satisfies Record<string, Entry>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

// True for the entries anyone may do, signed in or not.
export function isPublic(action: Action): boolean {
  return POLICY[action].rule === anyone;
}

// Can this actor (or an anonymous visitor: null) do this action on this resource?
export function can(actor: Actor | null, action: Action, resource: Resource = {}): boolean {
  return POLICY[action].rule(actor, resource);
}

// Throws a coded error unless a signed-in actor may do the action: "unauthenticated" when nobody is
// signed in, "forbidden" when the policy says no.
export function authorize(
  actor: Actor | null,
  action: Action,
  resource: Resource = {},
): asserts actor is Actor {
  if (!actor) throw new AppError("unauthenticated");
  if (!can(actor, action, resource)) throw new AppError("forbidden");
}
