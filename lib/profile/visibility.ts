import type { Actor, ActorMembership } from "@/lib/auth/actor";
import type { AccessLevel, MemberRole } from "@/lib/generated/prisma/enums";

// What a viewer sees of an organisation's profile (SPEC §3.1, seed 002 "Функции"), pure. The tabs follow
// the feature switches of OrganizationSettings; switching a feature off hides it and never deletes its
// data. With "Site" off the organisation's members still see every enabled feature and everyone else only
// the Profile tab. The forum has who-may-read and who-may-open-topics levels; any signed-in reader may
// reply. Documents are public while shown; who may upload is a level, never below the members. People is
// for the organisation's own staff only, whatever the switches say.

/** The switches and levels of OrganizationSettings this module reads. */
export type ProfileSettings = {
  featureSite: boolean;
  featureForum: boolean;
  forumReadAccess: AccessLevel;
  forumTopicCreation: AccessLevel;
  featureDocuments: boolean;
  documentsUpload: AccessLevel;
  featureStructure: boolean;
  featurePages: boolean;
  featureFeedback: boolean;
};

/** The schema's defaults: an organisation without a settings row behaves as a fresh one. */
export const DEFAULT_PROFILE_SETTINGS: ProfileSettings = {
  featureSite: true,
  featureForum: false,
  forumReadAccess: "EVERYONE",
  forumTopicCreation: "MEMBERS",
  featureDocuments: true,
  documentsUpload: "ADMINISTRATORS",
  featureStructure: true,
  featurePages: false,
  featureFeedback: true,
};

/** Who is looking, relative to this organisation. */
export type Viewer = {
  /** Signed in (staff who must still change their first password are not). */
  signedIn: boolean;
  /** Works in the organisation (an active staff membership). */
  member: boolean;
  /** One of the organisation's administrators. */
  administrator: boolean;
  /** May hide forum posts. */
  moderator: boolean;
};

export const ANONYMOUS: Viewer = { signedIn: false, member: false, administrator: false, moderator: false };

export const PROFILE_TABS = ["profile", "structure", "people", "documents", "forum", "feedback"] as const;
export type ProfileTab = (typeof PROFILE_TABS)[number];

const ADMIN_ROLES: MemberRole[] = [
  "AUTHORITY_HEAD",
  "AUTHORITY_ADMIN",
  "KG_DIRECTOR",
  "KG_DEPUTY",
  "KG_ADMIN",
];
const LEVELS: AccessLevel[] = ["EVERYONE", "REGISTERED", "MEMBERS", "ADMINISTRATORS"];

// An administrator of the organisation of this membership: given the right, or by role — an authority's head
// or administrator, a kindergarten's director, deputy or administrator (as the policy's org.administer).
export function isOrgAdministrator(m: Pick<ActorMembership, "role" | "isAdministrator">): boolean {
  return m.isAdministrator || ADMIN_ROLES.includes(m.role);
}

// The viewer an actor (or an anonymous visitor: null) is for this organisation.
export function viewerOf(actor: Actor | null, organizationId: string): Viewer {
  if (!actor || (actor.audience === "staff" && actor.mustChangePassword)) return ANONYMOUS;
  const own =
    actor.audience === "staff" ? actor.memberships.filter((m) => m.organizationId === organizationId) : [];
  const administrator = own.some(isOrgAdministrator);
  return {
    signedIn: true,
    member: own.length > 0,
    administrator,
    moderator: administrator || own.some((m) => !!m.isModerator),
  };
}

// True when the viewer reaches the level: everyone, anyone signed in, the members, the administrators.
export function reaches(viewer: Viewer, level: AccessLevel): boolean {
  switch (level) {
    case "EVERYONE":
      return true;
    case "REGISTERED":
      return viewer.signedIn;
    case "MEMBERS":
      return viewer.member;
    case "ADMINISTRATORS":
      return viewer.administrator;
  }
}

const atLeast = (level: AccessLevel, floor: AccessLevel): AccessLevel =>
  LEVELS.indexOf(level) >= LEVELS.indexOf(floor) ? level : floor;

/** What a level is asked of: reading the forum, opening a topic, uploading a document. */
export type Gate = "forum.read" | "forum.topic" | "documents.read" | "documents.upload";

// The level the settings ask for a gate — raised to the members while the site is off — or null while
// its feature is off (then nobody passes). Resource loaders hand this to the policy.
export function requiredLevel(s: ProfileSettings, gate: Gate): AccessLevel | null {
  const floor: AccessLevel = s.featureSite ? "EVERYONE" : "MEMBERS";
  switch (gate) {
    case "forum.read":
      return s.featureForum ? atLeast(s.forumReadAccess, floor) : null;
    case "forum.topic":
      // Opening a topic needs reading the forum too.
      return s.featureForum
        ? atLeast(atLeast(s.forumTopicCreation, s.forumReadAccess), atLeast("REGISTERED", floor))
        : null;
    case "documents.read":
      return s.featureDocuments ? floor : null;
    case "documents.upload":
      return s.featureDocuments ? atLeast(s.documentsUpload, "MEMBERS") : null;
  }
}

const passes = (viewer: Viewer, level: AccessLevel | null) => level !== null && reaches(viewer, level);

/** Everything a page needs to know about what this viewer sees and may do. */
export type ProfileView = {
  tabs: ProfileTab[];
  /** The interactive pages (listed on the Profile tab, each at /org/{slug}/pages/{pageSlug}). */
  pages: boolean;
  wall: { post: boolean };
  forum: { read: boolean; createTopic: boolean; reply: boolean; moderate: boolean };
  documents: { read: boolean; upload: boolean; manage: boolean };
  /** The "Administration" link. */
  administration: boolean;
};

// The profile as this viewer sees it.
export function profileView(s: ProfileSettings, viewer: Viewer): ProfileView {
  const shown = (on: boolean) => on && (s.featureSite || viewer.member);
  const forumRead = passes(viewer, requiredLevel(s, "forum.read"));
  const documentsRead = passes(viewer, requiredLevel(s, "documents.read"));
  const tabs: ProfileTab[] = PROFILE_TABS.filter((tab) => {
    switch (tab) {
      case "profile":
        return true;
      case "structure":
        return shown(s.featureStructure);
      case "people":
        return viewer.member;
      case "documents":
        return documentsRead;
      case "forum":
        return forumRead;
      case "feedback":
        return shown(s.featureFeedback);
    }
  });
  return {
    tabs,
    pages: shown(s.featurePages),
    wall: { post: viewer.member },
    forum: {
      read: forumRead,
      createTopic: passes(viewer, requiredLevel(s, "forum.topic")),
      reply: forumRead && viewer.signedIn,
      moderate: s.featureForum && forumRead && (viewer.moderator || viewer.administrator),
    },
    documents: {
      read: documentsRead,
      upload: passes(viewer, requiredLevel(s, "documents.upload")),
      manage: s.featureDocuments && viewer.administrator,
    },
    administration: viewer.administrator,
  };
}
