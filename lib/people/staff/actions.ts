"use server";
import { z } from "zod";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { idField } from "@/lib/action/common-schemas";
import type { FormState } from "@/lib/form-state";
import type { MessageKey } from "@/lib/action/message-key";
import { orgOf } from "@/lib/action/resources";
import { personName } from "@/lib/org/names";
import {
  addExistingSchema,
  addStaffSchema,
  employmentSchema,
  endEmploymentSchema,
  excludeSchema,
  personDataSchema,
} from "./schemas";
import { addNewPerson, type Added } from "./add-staff";
import { addExistingUser } from "./add-existing";
import { updateEmployment, updateStaffPerson } from "./edit-staff";
import { endEmployment, excludeMember, restoreEmployment } from "./employment";
import { setEducatorGroups } from "./group-binding";
import { issueCredentials } from "./credentials";
import { newStaffSubject, staffSubject } from "./subject";

/** What the "Generate login and password" button gets back: the pair, this once only. */
export type CredentialsState = FormState & { credentials?: { login: string; password: string } };

/** What the wizard's "Create" gets back: who was added, and their invitation this once only. */
export type CreatedPerson = {
  membershipId: string;
  name: string;
  invitation?: { login: string; password: string };
  noInvitation?: MessageKey;
  /** "Create and add another": the wizard starts again, keeping the role and the date. */
  another: boolean;
};
export type AddState = FormState & { created?: CreatedPerson };

// The kindergarten's staff pages and the organisation's administration show the same people.
const revalidate: Revalidation[] = [
  ["/[locale]/kindergarten/staff", "layout"],
  ["/[locale]/org/[slug]", "layout"],
];
const member = z.object({ membershipId: idField });
const ofMembership = (input: { membershipId: string }) => orgOf.membership(input.membershipId);
// The membership with what the policy needs to tell a manager (and a parent's cabinet) apart.
const subjectOf = (input: { membershipId: string }) => staffSubject(input.membershipId);

const created = (
  added: Added,
  then: "done" | "another",
): { message: MessageKey; extra: { created: CreatedPerson } } => ({
  message: "people.created.done",
  extra: {
    created: {
      membershipId: added.membership.id,
      name: personName(added.person),
      invitation: added.invitation,
      noInvitation: added.noInvitation,
      another: then === "another",
    },
  },
});

// The "add participant" wizard's "new person": adds them to the organisation and generates their invitation
// (login and one-time password, shown once for the slip). Adding a manager is the leader's (director, head)
// or a higher authority's (the policy looks at the role and at the person's other roles there).
export const addStaffAction = formAction({
  name: "staff.add",
  permission: "staff.manage",
  schema: addStaffSchema,
  resource: (input) => newStaffSubject(input.organizationId, input),
  run: async ({ actor, input, resource }) =>
    created(await addNewPerson({ actor, organizationId: resource.organizationId }, input), input.then),
  revalidate,
});

// The wizard's "existing user": gives a person with an account (found by login; surname and name must match)
// a role in the organisation.
export const addExistingAction = formAction({
  name: "staff.add_existing",
  permission: "staff.manage",
  schema: addExistingSchema,
  resource: (input) =>
    newStaffSubject(input.organizationId, { role: input.role, isAdministrator: false, login: input.login }),
  run: async ({ actor, input, resource }) =>
    created(await addExistingUser({ actor, organizationId: resource.organizationId }, input), input.then),
  revalidate,
});

// Saves a person's personal data.
export const updateStaffPersonAction = formAction({
  name: "staff.update_person",
  permission: "staff.manage",
  schema: personDataSchema.extend(member.shape),
  resource: ofMembership,
  run: async ({ actor, input, resource }) => {
    await updateStaffPerson({ actor, ...resource }, input.membershipId, input);
    return { message: "people.saved" };
  },
  revalidate,
});

// Saves the employment: role, public position title, unit, qualification, the extra rights on the profile
// (administrator, moderator, editor), arrival date (a manager's, or one that makes someone a manager: the
// leader's or a higher authority's).
export const updateEmploymentAction = formAction({
  name: "staff.update_employment",
  permission: "staff.manage",
  schema: employmentSchema.extend(member.shape),
  resource: (input) => staffSubject(input.membershipId, input),
  run: async ({ actor, input, resource }) => {
    await updateEmployment({ actor, ...resource }, input.membershipId, input);
    return { message: "people.saved" };
  },
  revalidate,
});

// Saves the groups an educator is bound to (the ticked checkboxes).
export const setEducatorGroupsAction = formAction({
  name: "staff.set_groups",
  permission: "staff.manage",
  schema: member.extend({ groupIds: z.array(idField).max(100) }),
  input: (formData) => ({
    membershipId: formData.get("membershipId"),
    groupIds: formData.getAll("groupIds"),
  }),
  invalidAs: "errors.invalid_input",
  resource: ofMembership,
  run: async ({ actor, input, resource }) => {
    const after = await setEducatorGroups({ actor, ...resource }, input.membershipId, input.groupIds);
    return { message: after.length ? "people.groupsSaved" : "people.groupsCleared" };
  },
  revalidate,
});

// Ends the employment on a date after the "Yes, end the employment" tick.
export const endEmploymentAction = formAction({
  name: "staff.end_employment",
  permission: "staff.manage",
  schema: endEmploymentSchema.extend(member.shape),
  resource: subjectOf,
  run: async ({ actor, input, resource, now }) => {
    await endEmployment({ actor, ...resource }, input.membershipId, input.leftAt, now);
    return { message: "people.ended" };
  },
  revalidate,
});

// Excludes the person from the organisation after "Yes, exclude": they keep their account.
export const excludeMemberAction = formAction({
  name: "staff.exclude",
  permission: "staff.manage",
  schema: excludeSchema.extend(member.shape),
  resource: subjectOf,
  run: async ({ actor, input, resource, now }) => {
    await excludeMember({ actor, ...resource }, input.membershipId, now);
    return { message: "people.excluded" };
  },
  revalidate,
});

// Restores an ended or excluded employment from the archive.
export const restoreEmploymentAction = formAction({
  name: "staff.restore_employment",
  permission: "staff.manage",
  schema: member,
  invalidAs: "errors.invalid_input",
  resource: subjectOf,
  run: async ({ actor, input, resource }) => {
    await restoreEmployment({ actor, ...resource }, input.membershipId);
    return { message: "people.restored" };
  },
  revalidate,
});

// Issues first-login credentials; the clear password travels only in this response. A manager's only the
// leader or a higher authority issues; a person with a parent's cabinet gets none from here.
export const issueCredentialsAction = formAction({
  name: "staff.issue_credentials",
  permission: "staff.issue_credentials",
  schema: member,
  invalidAs: "errors.invalid_input",
  resource: subjectOf,
  run: async ({ actor, input, resource }) => {
    const credentials = await issueCredentials({ actor, ...resource }, input.membershipId);
    return { message: "people.credentials.issued", extra: { credentials } };
  },
  revalidate,
});
