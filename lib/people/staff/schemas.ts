import { z } from "zod";
import { iinSchema } from "@/lib/iin/schema";
import { phoneSchema } from "@/lib/auth/schemas";
import { isYmd } from "@/lib/calendar/zone";
import { idField } from "@/lib/action/common-schemas";
import { QUALIFICATIONS, STAFF_ROLES } from "./roles";

const text = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .transform((s) => s || undefined)
    .optional();
// A "YYYY-MM-DD" calendar date (as an <input type="date"> sends it).
const ymd = z.string().trim().min(1, "validation.required").refine(isYmd, "validation.staff.date");
const optionalYmd = z
  .string()
  .trim()
  .refine((s) => !s || isYmd(s), "validation.staff.date")
  .transform((s) => s || undefined)
  .optional();
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const checkbox = z.preprocess((v) => v === "1" || v === "on" || v === true, z.boolean());
// The role: any organisation's role here; the operation refuses one its organisation's kind does not offer.
const role = z.enum(STAFF_ROLES, { message: "validation.staff.role" });

// Personal data of a person (the IIN is entered once, when the person is added).
export const personDataSchema = z.object({
  lastName: text(100),
  firstName: text(100),
  middleName: optionalText(100),
  birthDate: optionalYmd,
  sex: z.preprocess(
    blankToUndefined,
    z.enum(["MALE", "FEMALE"], { message: "validation.staff.sex" }).optional(),
  ),
  phone: z.preprocess(blankToUndefined, phoneSchema.optional()),
  email: z.preprocess(
    blankToUndefined,
    z.email({ message: "validation.staff.email" }).max(200, "validation.tooLong").optional(),
  ),
});

// The employment: role, public position title, structural unit, qualification (a kindergarten's pedagogues),
// the extra rights on the organisation's profile (administrator, moderator, editor), since when.
export const employmentSchema = z.object({
  role,
  positionTitle: optionalText(200),
  unitId: z.preprocess(blankToUndefined, idField.optional()),
  qualification: z.preprocess(
    blankToUndefined,
    z.enum(QUALIFICATIONS, { message: "validation.staff.qualification" }).optional(),
  ),
  isAdministrator: checkbox,
  isModerator: checkbox,
  isEditor: checkbox,
  arrivedAt: ymd,
});

// The organisation a participant is added to (a hidden field of the wizard; the policy decides).
const organization = z.object({ organizationId: idField });
// "Create" or "Create and add another" (the wizard starts again, keeping the role and the date).
const then = z.object({
  then: z.preprocess(blankToUndefined, z.enum(["done", "another"]).default("done")),
});

// A new person: the IIN, personal data (contacts optional) and the employment.
export const newPersonSchema = z
  .object({ iin: iinSchema })
  .extend(personDataSchema.shape)
  .extend(employmentSchema.shape);

// The wizard's "new person" for an organisation.
export const addStaffSchema = organization.extend(newPersonSchema.shape).extend(then.shape);

// The wizard's "existing user" from another organisation: found by their login; the surname and name
// must be those on record (so a mistyped login does not add a stranger).
export const addExistingSchema = organization
  .extend({
    login: z.string().trim().toLowerCase().min(1, "validation.required").max(100, "validation.tooLong"),
    lastName: text(100),
    firstName: text(100),
  })
  .extend(employmentSchema.pick({ role: true, arrivedAt: true }).shape)
  .extend(then.shape);

// Ending the employment on a date, confirmed by a tick ("Yes, end the employment").
export const endEmploymentSchema = z.object({
  leftAt: ymd,
  confirm: z.preprocess(
    (v) => v === "1" || v === "on",
    z.literal(true, { message: "validation.staff.confirmEnd" }),
  ),
});

// Excluding from the organisation, confirmed by the "Yes, exclude" button.
export const excludeSchema = z.object({
  confirm: z.literal("yes", { message: "validation.staff.confirmExclude" }),
});

export type PersonDataInput = z.infer<typeof personDataSchema>;
export type EmploymentInput = z.infer<typeof employmentSchema>;
export type NewPersonInput = z.infer<typeof newPersonSchema>;
export type AddExistingInput = z.infer<typeof addExistingSchema>;
