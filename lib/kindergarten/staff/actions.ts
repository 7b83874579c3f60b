"use server";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { requestNow } from "@/lib/clock/request-now";
import { asFormState } from "@/lib/action-result";
import { fieldErrorsOf, submittedValues, type FormState } from "@/lib/form-state";
import { requireKindergartenManager } from "../manager";
import { addStaffSchema, employmentSchema, endEmploymentSchema, personDataSchema } from "./schemas";
import { Refusal, refusalState } from "@/lib/refusal";
import { addStaffMember } from "./add-staff";
import { updateEmployment, updateStaffPerson } from "./edit-staff";
import { endEmployment, restoreEmployment } from "./employment";
import { setEducatorGroups } from "./group-binding";
import { issueCredentials } from "./credentials";

const idOf = (formData: FormData) => String(formData.get("membershipId") ?? "");
const revalidate = () => revalidatePath("/[locale]/kindergarten/staff", "layout");

// Runs a staff operation, turning a broken rule into a message under its field.
async function withRules(formData: FormData, fn: () => Promise<FormState>): Promise<FormState> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Refusal) return refusalState(e, formData);
    throw e;
  }
}

// "Add a staff member"; on success opens the new person's page (credentials, groups).
export async function addStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let createdId = "";
  const state = await asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = addStaffSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    return withRules(formData, async () => {
      createdId = (await addStaffMember(ctx, parsed.data)).id;
      revalidate();
      return { ok: true, message: "kgStaff.added" };
    });
  });
  if (createdId) redirect({ href: `/kindergarten/staff/${createdId}?added=1`, locale: await getLocale() });
  return state;
}

// Saves a staff member's personal data.
export async function updateStaffPersonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = personDataSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    return withRules(formData, async () => {
      await updateStaffPerson(ctx, idOf(formData), parsed.data);
      revalidate();
      return { ok: true, message: "kgStaff.saved" };
    });
  });
}

// Saves the employment: role, position, qualification, administrator rights, arrival date.
export async function updateEmploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = employmentSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    return withRules(formData, async () => {
      await updateEmployment(ctx, idOf(formData), parsed.data);
      revalidate();
      return { ok: true, message: "kgStaff.saved" };
    });
  });
}

// Saves the groups an educator is bound to (the ticked checkboxes).
export async function setEducatorGroupsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const groupIds = formData.getAll("groupIds").map(String);
    return withRules(formData, async () => {
      const after = await setEducatorGroups(ctx, idOf(formData), groupIds);
      revalidate();
      return { ok: true, message: after.length ? "kgStaff.groupsSaved" : "kgStaff.groupsCleared" };
    });
  });
}

// Ends the employment on a date after the "Yes, end the employment" tick.
export async function endEmploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    const parsed = endEmploymentSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(formData) };
    return withRules(formData, async () => {
      await endEmployment(ctx, idOf(formData), parsed.data.leftAt, await requestNow());
      revalidate();
      return { ok: true, message: "kgStaff.ended" };
    });
  });
}

// Restores an ended employment from the archive.
export async function restoreEmploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return asFormState(async () => {
    const ctx = await requireKindergartenManager();
    await restoreEmployment(ctx, idOf(formData));
    revalidate();
    return { ok: true, message: "kgStaff.restored" };
  });
}

// What the "Generate login and password" button gets back: the pair, this once only.
export type CredentialsState = FormState & { credentials?: { login: string; password: string } };

// Issues first-login credentials; the clear password travels only in this response.
export async function issueCredentialsAction(
  _prev: CredentialsState,
  formData: FormData,
): Promise<CredentialsState> {
  let credentials: CredentialsState["credentials"];
  const state = await asFormState(async () => {
    const ctx = await requireKindergartenManager();
    return withRules(formData, async () => {
      credentials = await issueCredentials(ctx, idOf(formData));
      revalidate();
      return { ok: true, message: "kgStaff.credentials.issued" };
    });
  });
  return credentials ? { ...state, credentials } : state;
}
