import { z } from "zod";
import { iinSchema } from "@/lib/iin/schema";
import { phoneSchema } from "@/lib/auth/schemas";
import { isYmd } from "@/lib/calendar/zone";
import { KG_STAFF_ROLES, QUALIFICATIONS } from "./roles";

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

// Personal data of a staff member (the IIN is entered once, when the person is added).
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

// The employment in the kindergarten: role, position, qualification, administrator rights, since when.
export const employmentSchema = z.object({
  role: z.enum(KG_STAFF_ROLES, { message: "validation.staff.role" }),
  positionTitle: optionalText(200),
  qualification: z.preprocess(
    blankToUndefined,
    z.enum(QUALIFICATIONS, { message: "validation.staff.qualification" }).optional(),
  ),
  isAdministrator: checkbox,
  arrivedAt: ymd,
});

// "Add a staff member": the IIN, personal data and the employment.
export const addStaffSchema = z
  .object({ iin: iinSchema })
  .extend(personDataSchema.shape)
  .extend(employmentSchema.shape);

// Ending the employment on a date, confirmed by a tick ("Yes, end the employment").
export const endEmploymentSchema = z.object({
  leftAt: ymd,
  confirm: z.preprocess(
    (v) => v === "1" || v === "on",
    z.literal(true, { message: "validation.staff.confirmEnd" }),
  ),
});

export type PersonDataInput = z.infer<typeof personDataSchema>;
export type EmploymentInput = z.infer<typeof employmentSchema>;
export type AddStaffInput = z.infer<typeof addStaffSchema>;
