import { describe, expect, it } from "vitest";
import type { Actor, ActorMembership } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import {
  ANONYMOUS,
  DEFAULT_PROFILE_SETTINGS,
  profileView,
  reaches,
  requiredLevel,
  viewerOf,
  type ProfileSettings,
  type Viewer,
} from "@/lib/profile/visibility";

const ORG = "org-1";
const OTHER = "org-2";

function member(organizationId: string, role: ActorMembership["role"], extra: Partial<ActorMembership> = {}) {
  return {
    membershipId: `${organizationId}-${role}`,
    organizationId,
    orgKind: role.startsWith("AUTHORITY") ? "DISTRICT_AUTHORITY" : "KINDERGARTEN",
    role,
    isAdministrator: false,
    orgPath: [organizationId],
    ...extra,
  } satisfies ActorMembership;
}

function actor(partial: Partial<Actor>): Actor {
  return {
    userId: "u",
    personId: "p",
    audience: "staff",
    displayName: "X",
    mustChangePassword: false,
    memberships: [],
    educatorGroupIds: [],
    representedChildIds: [],
    ...partial,
  };
}

const parent = actor({ audience: "parent", representedChildIds: ["child"] });
const educator = actor({ memberships: [member(ORG, "EDUCATOR")] });
const moderator = actor({ memberships: [member(ORG, "EDUCATOR", { isModerator: true })] });
const director = actor({ memberships: [member(ORG, "KG_DIRECTOR")] });
const rightsAdmin = actor({ memberships: [member(ORG, "NURSE", { isAdministrator: true })] });
const outsider = actor({ memberships: [member(OTHER, "KG_DIRECTOR")] });
const fresh = { ...director, mustChangePassword: true };

const settings = (over: Partial<ProfileSettings> = {}): ProfileSettings => ({
  ...DEFAULT_PROFILE_SETTINGS,
  featureForum: true,
  featurePages: true,
  ...over,
});

describe("the viewer", () => {
  it("tells the public, signed-in people, members, moderators and administrators apart", () => {
    expect(viewerOf(null, ORG)).toEqual(ANONYMOUS);
    expect(viewerOf(parent, ORG)).toEqual({
      signedIn: true,
      member: false,
      administrator: false,
      moderator: false,
    });
    expect(viewerOf(outsider, ORG)).toMatchObject({ signedIn: true, member: false, administrator: false });
    expect(viewerOf(educator, ORG)).toEqual({
      signedIn: true,
      member: true,
      administrator: false,
      moderator: false,
    });
    expect(viewerOf(moderator, ORG)).toMatchObject({ member: true, moderator: true, administrator: false });
    expect(viewerOf(director, ORG)).toMatchObject({ member: true, administrator: true, moderator: true });
    expect(viewerOf(rightsAdmin, ORG)).toMatchObject({ administrator: true });
    expect(viewerOf(actor({ memberships: [member(ORG, "AUTHORITY_HEAD")] }), ORG).administrator).toBe(true);
    expect(viewerOf(actor({ memberships: [member(ORG, "AUTHORITY_EMPLOYEE")] }), ORG).administrator).toBe(
      false,
    );
    // staff who must still change the first password are nobody yet
    expect(viewerOf(fresh, ORG)).toEqual(ANONYMOUS);
  });

  it("reaches the levels in order", () => {
    const levels = ["EVERYONE", "REGISTERED", "MEMBERS", "ADMINISTRATORS"] as const;
    const table: [Viewer, boolean[]][] = [
      [ANONYMOUS, [true, false, false, false]],
      [viewerOf(parent, ORG), [true, true, false, false]],
      [viewerOf(educator, ORG), [true, true, true, false]],
      [viewerOf(director, ORG), [true, true, true, true]],
    ];
    for (const [v, expected] of table) expect(levels.map((l) => reaches(v, l))).toEqual(expected);
  });
});

describe("the tabs", () => {
  it("the public sees the enabled public features; People only the organisation's staff", () => {
    expect(profileView(settings(), ANONYMOUS).tabs).toEqual([
      "profile",
      "structure",
      "documents",
      "forum",
      "feedback",
    ]);
    expect(profileView(settings(), viewerOf(outsider, ORG)).tabs).not.toContain("people");
    expect(profileView(settings(), viewerOf(educator, ORG)).tabs).toEqual([
      "profile",
      "structure",
      "people",
      "documents",
      "forum",
      "feedback",
    ]);
  });

  it("a feature switched off is hidden from everyone, members and administrators included", () => {
    for (const [flag, tab] of [
      ["featureStructure", "structure"],
      ["featureDocuments", "documents"],
      ["featureForum", "forum"],
      ["featureFeedback", "feedback"],
    ] as const) {
      for (const v of [ANONYMOUS, viewerOf(educator, ORG), viewerOf(director, ORG)])
        expect(profileView(settings({ [flag]: false }), v).tabs, `${flag}`).not.toContain(tab);
    }
    expect(profileView(settings({ featurePages: false }), viewerOf(director, ORG)).pages).toBe(false);
    const off = profileView(settings({ featureDocuments: false }), viewerOf(director, ORG)).documents;
    expect(off).toEqual({ read: false, upload: false, manage: false });
  });

  it("with the site off, members see every enabled feature and everyone else only the Profile tab", () => {
    const s = settings({ featureSite: false });
    for (const v of [ANONYMOUS, viewerOf(parent, ORG), viewerOf(outsider, ORG)]) {
      const view = profileView(s, v);
      expect(view.tabs).toEqual(["profile"]);
      expect(view.pages).toBe(false);
      expect(view.documents.read).toBe(false);
      expect(view.forum.read).toBe(false);
    }
    expect(profileView(s, viewerOf(educator, ORG)).tabs).toEqual([
      "profile",
      "structure",
      "people",
      "documents",
      "forum",
      "feedback",
    ]);
    expect(profileView(s, viewerOf(educator, ORG)).pages).toBe(true);
    // and a feature off stays off for members too
    expect(
      profileView(settings({ featureSite: false, featureForum: false }), viewerOf(educator, ORG)).tabs,
    ).not.toContain("forum");
  });
});

describe("the forum", () => {
  it("who may read is the setting; anyone signed in who reads may reply; opening topics is its own level", () => {
    const s = settings({ forumReadAccess: "REGISTERED", forumTopicCreation: "MEMBERS" });
    expect(profileView(s, ANONYMOUS).forum).toEqual({
      read: false,
      createTopic: false,
      reply: false,
      moderate: false,
    });
    expect(profileView(s, viewerOf(parent, ORG)).forum).toEqual({
      read: true,
      createTopic: false,
      reply: true,
      moderate: false,
    });
    expect(profileView(s, viewerOf(educator, ORG)).forum).toMatchObject({
      read: true,
      createTopic: true,
      moderate: false,
    });
    expect(profileView(s, viewerOf(moderator, ORG)).forum.moderate).toBe(true);
    expect(profileView(s, viewerOf(director, ORG)).forum.moderate).toBe(true);
    // the public reads an open forum but never posts
    expect(profileView(settings(), ANONYMOUS).forum).toEqual({
      read: true,
      createTopic: false,
      reply: false,
      moderate: false,
    });
  });

  it("opening a topic needs reading the forum, and being signed in even when the setting says everyone", () => {
    expect(
      requiredLevel(
        settings({ forumReadAccess: "ADMINISTRATORS", forumTopicCreation: "MEMBERS" }),
        "forum.topic",
      ),
    ).toBe("ADMINISTRATORS");
    expect(requiredLevel(settings({ forumTopicCreation: "EVERYONE" }), "forum.topic")).toBe("REGISTERED");
    expect(
      requiredLevel(settings({ featureSite: false, forumTopicCreation: "REGISTERED" }), "forum.topic"),
    ).toBe("MEMBERS");
    expect(requiredLevel(settings({ featureForum: false }), "forum.topic")).toBeNull();
    expect(requiredLevel(settings({ featureForum: false }), "forum.read")).toBeNull();
    expect(requiredLevel(settings({ featureSite: false }), "forum.read")).toBe("MEMBERS");
  });
});

describe("the documents", () => {
  it("are public while shown; uploading is for the members or the administrators, never less", () => {
    expect(requiredLevel(settings(), "documents.read")).toBe("EVERYONE");
    expect(requiredLevel(settings({ featureSite: false }), "documents.read")).toBe("MEMBERS");
    expect(requiredLevel(settings({ documentsUpload: "EVERYONE" }), "documents.upload")).toBe("MEMBERS");
    expect(requiredLevel(settings({ documentsUpload: "ADMINISTRATORS" }), "documents.upload")).toBe(
      "ADMINISTRATORS",
    );
    expect(requiredLevel(settings({ featureDocuments: false }), "documents.upload")).toBeNull();
    const members = settings({ documentsUpload: "MEMBERS" });
    expect(profileView(members, viewerOf(educator, ORG)).documents).toEqual({
      read: true,
      upload: true,
      manage: false,
    });
    expect(profileView(members, viewerOf(director, ORG)).documents).toEqual({
      read: true,
      upload: true,
      manage: true,
    });
    expect(profileView(settings(), viewerOf(educator, ORG)).documents.upload).toBe(false);
    expect(profileView(settings(), ANONYMOUS).documents).toEqual({
      read: true,
      upload: false,
      manage: false,
    });
  });
});

describe("the policy's profile entries", () => {
  const at = (accessLevel?: "EVERYONE" | "REGISTERED" | "MEMBERS" | "ADMINISTRATORS") => ({
    organizationId: ORG,
    accessLevel,
  });

  it("People and the wall: the organisation's own staff only", () => {
    for (const action of ["profile.people.read", "profile.wall.post"] as const) {
      expect(can(educator, action, at()), action).toBe(true);
      expect(can(director, action, at()), action).toBe(true);
      expect(can(outsider, action, at()), action).toBe(false);
      expect(can(parent, action, at()), action).toBe(false);
      expect(can(null, action, at()), action).toBe(false);
      expect(can(fresh, action, at()), action).toBe(false);
    }
  });

  it("a setting's level decides topics, replies and uploads; a feature off (no level) decides no", () => {
    expect(can(parent, "profile.forum.reply", at("EVERYONE"))).toBe(true);
    expect(can(parent, "profile.forum.reply", at("MEMBERS"))).toBe(false);
    expect(can(educator, "profile.forum.create_topic", at("MEMBERS"))).toBe(true);
    expect(can(educator, "profile.documents.upload", at("ADMINISTRATORS"))).toBe(false);
    expect(can(rightsAdmin, "profile.documents.upload", at("ADMINISTRATORS"))).toBe(true);
    expect(can(director, "profile.forum.create_topic", at(undefined))).toBe(false);
    expect(can(null, "profile.forum.reply", at("EVERYONE"))).toBe(false);
    expect(can(fresh, "profile.forum.reply", at("EVERYONE"))).toBe(false);
  });

  it("moderating: moderators and administrators; managing documents: administrators", () => {
    expect(can(moderator, "profile.forum.moderate", at())).toBe(true);
    expect(can(director, "profile.forum.moderate", at())).toBe(true);
    expect(can(educator, "profile.forum.moderate", at())).toBe(false);
    expect(can(outsider, "profile.forum.moderate", at())).toBe(false);
    expect(can(director, "profile.documents.manage", at())).toBe(true);
    expect(can(moderator, "profile.documents.manage", at())).toBe(false);
    expect(can(outsider, "profile.documents.manage", at())).toBe(false);
  });
});
