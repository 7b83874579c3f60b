import { z } from "zod";
import { iinSchema } from "@/lib/iin/schema";
import { phoneSchema } from "@/lib/auth/schemas";
import { isYmd } from "@/lib/calendar/zone";

// Who a legal representative is to the child (stored as the code; shown translated).
export const RELATIONS = [
  "mother",
  "father",
  "adoptive_parent",
  "guardian",
  "trustee",
  "foster_parent",
] as const;
export type Relation = (typeof RELATIONS)[number];

// How a child leaves the kindergarten (a transfer between groups has its own form).
export const LEAVE_KINDS = ["WITHDRAWN", "SCHOOL"] as const;

const day = z.string().trim().refine(isYmd, "validation.contingent.date");
const name = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .transform((v) => v || undefined)
    .optional();
const orderNumber = z.string().trim().min(1, "validation.required").max(50, "validation.tooLong");
const id = z.string().trim().min(1, "validation.required");
/** An HTML checkbox: present ("on") when ticked. */
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "1" || v === "true");

// A legal representative as entered: a valid IIN (parents later bind their children by it), name, phone, relation.
export const representativeSchema = z.object({
  iin: iinSchema,
  lastName: name,
  firstName: name,
  middleName: optionalText(100),
  phone: phoneSchema,
  relation: z.enum(RELATIONS, { message: "validation.required" }),
});
export type RepresentativeInput = z.infer<typeof representativeSchema>;

// The child and the order of the enrolment form (the representatives are parsed by enrol-form.ts).
export const enrolmentSchema = z.object({
  childIin: iinSchema,
  childLastName: name,
  childFirstName: name,
  childMiddleName: optionalText(100),
  childBirthDate: z
    .string()
    .trim()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isYmd(v), "validation.contingent.date")
    .optional(),
  groupId: id,
  orderNumber,
  orderDate: day,
  startsOn: day,
  capacityOverrideReason: optionalText(500),
  confirmCohort: checkbox,
});
export type EnrolmentFields = z.infer<typeof enrolmentSchema>;
export type EnrolInput = EnrolmentFields & { representatives: RepresentativeInput[] };

// A transfer to another group of the same kindergarten from `date` by an order.
export const transferSchema = z.object({
  childId: id,
  groupId: id,
  date: day,
  orderNumber,
  orderDate: day,
  reason: optionalText(500),
  capacityOverrideReason: optionalText(500),
  confirmCohort: checkbox,
});
export type TransferInput = z.infer<typeof transferSchema>;

// A withdrawal: the last day in the kindergarten (inclusive), why, and the order if there is one.
export const withdrawalSchema = z.object({
  childId: id,
  lastDay: day,
  kind: z.enum(LEAVE_KINDS, { message: "validation.required" }),
  reason: z.string().trim().min(1, "validation.required").max(500, "validation.tooLong"),
  orderNumber: optionalText(50),
});
export type WithdrawalInput = z.infer<typeof withdrawalSchema>;

// Adding (or correcting the phone/relation of) a representative on the child's page.
export const addRepresentativeSchema = representativeSchema.extend({ childId: id });
export type AddRepresentativeInput = z.infer<typeof addRepresentativeSchema>;

// Removing a representative from the child's record.
export const removeRepresentativeSchema = z.object({ childId: id, representativeId: id });

// The list's filters (from the query string); anything unknown falls back to the default.
export const listFilterSchema = z.object({
  group: z
    .string()
    .trim()
    .max(64)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined),
  status: z.enum(["current", "left", "all"]).catch("current"),
  q: z
    .string()
    .trim()
    .max(100)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined),
});
export type ListFilter = z.infer<typeof listFilterSchema>;
