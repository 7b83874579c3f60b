import { z } from "zod";
import { idField } from "@/lib/action/common-schemas";

// The inputs of the feedback forms (one schema per form, shared by the form and its action). Messages are
// translation keys; e-mail addresses are kept in lower case; empty optional text becomes null.

const text = (min: number, max: number, short: string) =>
  z
    .string({ message: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .min(min, short)
    .max(max, "validation.tooLong");
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : null));
const email = z
  .string({ message: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(200, "validation.tooLong")
  .pipe(z.email({ message: "validation.feedback.email" }));
const optionalEmail = optional(200).refine(
  (v) => !v || z.email().safeParse(v).success,
  "validation.feedback.email",
);
// A phone a citizen may be called back on: digits with the usual separators, 10 to 15 digits.
const phone = optional(30).refine(
  (v) => !v || (/^[0-9+()\-\s]+$/.test(v) && /^\d{10,15}$/.test(v.replace(/\D/g, ""))),
  "validation.feedback.phone",
);
const slug = z.string().trim().min(1, "validation.invalid").max(100, "validation.invalid");
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "1" || v === "true");

/** A citizen's electronic appeal (the organisation by its profile's slug). */
export const appealSchema = z.object({
  slug,
  authorName: text(2, 200, "validation.feedback.name"),
  email,
  phone,
  subject: text(3, 200, "validation.feedback.subject"),
  body: text(10, 5000, "validation.feedback.body"),
});

/** A citizen's question for the public questions and answers. */
export const questionSchema = z.object({
  slug,
  authorName: text(2, 200, "validation.feedback.name"),
  email,
  question: text(10, 2000, "validation.feedback.question"),
});

/** Contacts for citizens and the rules and hours of personal reception. */
export const contactsSchema = z.object({
  organizationId: idField,
  phones: optional(200),
  email: optionalEmail,
  actualAddress: optional(300),
  receptionRulesKk: optional(3000),
  receptionRulesRu: optional(3000),
  receptionHours: optional(300),
});

/** The address appeals are delivered to (a confirmation code is sent to it). */
export const appealsEmailSchema = z.object({ organizationId: idField, email });

/** The code sent to the appeals e-mail. */
export const confirmEmailSchema = z.object({
  organizationId: idField,
  code: z
    .string({ message: "validation.code" })
    .trim()
    .regex(/^\d{6}$/, "validation.code"),
});

export const appealIdSchema = z.object({ appealId: idField });

export const answerAppealSchema = z.object({
  appealId: idField,
  answer: text(5, 5000, "validation.feedback.answer"),
});

export const answerQuestionSchema = z.object({
  questionId: idField,
  answer: text(5, 5000, "validation.feedback.answer"),
  publish: checkbox,
});

export const publishQuestionSchema = z.object({
  questionId: idField,
  published: z
    .string()
    .optional()
    .transform((v) => v === "1"),
});

export type AppealInput = z.infer<typeof appealSchema>;
export type QuestionInput = z.infer<typeof questionSchema>;
export type ContactsInput = z.infer<typeof contactsSchema>;
