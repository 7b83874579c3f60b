"use server";
import { z } from "zod";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { idField } from "@/lib/action/common-schemas";
import type { FormState } from "@/lib/form-state";
import { orgOf, ownKindergarten } from "@/lib/action/resources";
import { addStaffSchema, employmentSchema, endEmploymentSchema, personDataSchema } from "./schemas";
import { addStaffMember } from "./add-staff";
import { updateEmployment, updateStaffPerson } from "./edit-staff";
import { endEmployment, restoreEmployment } from "./employment";
import { setEducatorGroups } from "./group-binding";
import { issueCredentials } from "./credentials";
import { newStaffSubject, staffSubject } from "./subject";

/** What the "Generate login and password" button gets back: the pair, this once only. */
export type CredentialsState = FormState & { credentials?: { login: string; password: string } };

const revalidate: Revalidation[] = [["/[locale]/kindergarten/staff", "layout"]];
const member = z.object({ membershipId: idField });
const ofMembership = (input: { membershipId: string }) => orgOf.membership(input.membershipId);
// The membership with what the policy needs to tell a manager (and a parent's cabinet) apart.
const subjectOf = (input: { membershipId: string }) => staffSubject(input.membershipId);

// "Add a staff member"; on success opens the new person's page (credentials, groups). Adding a manager
// is the director's (the policy looks at the role and at the person's other roles here).
export const addStaffAction = formAction({
  name: "staff.add",
  permission: "staff.manage",
  schema: addStaffSchema,
  resource: async (input, actor) => newStaffSubject(ownKindergarten(actor).organizationId, input),
  run: async ({ actor, input, resource }) => {
    const created = await addStaffMember({ actor, ...resource }, input);
    return { redirect: `/kindergarten/staff/${created.id}?added=1` };
  },
  revalidate,
});

// Saves a staff member's personal data.
export const updateStaffPersonAction = formAction({
  name: "staff.update_person",
  permission: "staff.manage",
  schema: personDataSchema.extend(member.shape),
  resource: ofMembership,
  run: async ({ actor, input, resource }) => {
    await updateStaffPerson({ actor, ...resource }, input.membershipId, input);
    return { message: "kgStaff.saved" };
  },
  revalidate,
});

// Saves the employment: role, position, qualification, administrator rights, arrival date (a manager's,
// or one that makes someone a manager: the director's).
export const updateEmploymentAction = formAction({
  name: "staff.update_employment",
  permission: "staff.manage",
  schema: employmentSchema.extend(member.shape),
  resource: (input) => staffSubject(input.membershipId, input),
  run: async ({ actor, input, resource }) => {
    await updateEmployment({ actor, ...resource }, input.membershipId, input);
    return { message: "kgStaff.saved" };
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
    return { message: after.length ? "kgStaff.groupsSaved" : "kgStaff.groupsCleared" };
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
    return { message: "kgStaff.ended" };
  },
  revalidate,
});

// Restores an ended employment from the archive.
export const restoreEmploymentAction = formAction({
  name: "staff.restore_employment",
  permission: "staff.manage",
  schema: member,
  invalidAs: "errors.invalid_input",
  resource: subjectOf,
  run: async ({ actor, input, resource }) => {
    await restoreEmployment({ actor, ...resource }, input.membershipId);
    return { message: "kgStaff.restored" };
  },
  revalidate,
});

// Issues first-login credentials; the clear password travels only in this response. A manager's only the
// director or the authority issues; a person with a parent's cabinet gets none from here.
export const issueCredentialsAction = formAction({
  name: "staff.issue_credentials",
  permission: "staff.issue_credentials",
  schema: member,
  invalidAs: "errors.invalid_input",
  resource: subjectOf,
  run: async ({ actor, input, resource }) => {
    const credentials = await issueCredentials({ actor, ...resource }, input.membershipId);
    return { message: "kgStaff.credentials.issued", extra: { credentials } };
  },
  revalidate,
});
