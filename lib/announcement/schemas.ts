import { z } from "zod";
import { idField } from "@/lib/action/common-schemas";
import { isYmd } from "@/lib/calendar/zone";
import { routing } from "@/i18n/routing";
import { ALL_CODES } from "./audiences";

// The inputs of the announcement actions, one schema each (the wizard's three steps share one).

export const TITLE_MAX = 200;
export const BODY_MAX = 10_000;
/** At most this many subordinate organisations may be chosen one by one (a region has ~300 kindergartens). */
export const CHOSEN_MAX = 1000;

/** The wizard's steps: check the text, check the audience and count whom it reaches, publish. */
export const INTENTS = ["content", "review", "publish"] as const;
export type Intent = (typeof INTENTS)[number];

export const publishSchema = z
  .object({
    intent: z.enum(INTENTS, { message: "validation.invalid" }),
    organizationId: idField,
    title: z.string().trim().min(1, "validation.required").max(TITLE_MAX, "validation.tooLong"),
    body: z.string().trim().min(1, "validation.required").max(BODY_MAX, "validation.tooLong"),
    readBy: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || isYmd(v), "validation.date"),
    codes: z
      .array(z.enum(ALL_CODES as [string, ...string[]], { message: "validation.chooseFromList" }))
      .max(ALL_CODES.length)
      .default([]),
    orgIds: z.array(idField).max(CHOSEN_MAX, "validation.announcements.tooManyOrgs").default([]),
  })
  .superRefine((v, ctx) => {
    if (v.intent !== "content" && v.codes.length === 0)
      ctx.addIssue({ code: "custom", path: ["codes"], message: "validation.announcements.audienceRequired" });
  });
export type PublishInput = z.output<typeof publishSchema>;

// The form's raw input: its text fields, and the ticked audiences and organisations as lists.
export function publishInputOf(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of formData) if (typeof v === "string" && k !== "codes" && k !== "orgIds") out[k] = v;
  out.codes = formData.getAll("codes").filter((v) => typeof v === "string");
  out.orgIds = formData.getAll("orgIds").filter((v) => typeof v === "string" && v !== "");
  return out;
}

export const deleteSchema = z.object({
  id: idField,
  confirm: z.literal("yes", { message: "validation.announcements.confirmDelete" }),
});

export const markReadSchema = z.object({ id: idField });

/** The read list's filters: read / not read / everyone, an organisation, a page. */
export const receiptsFilterSchema = z.object({
  status: z.enum(["read", "unread", "all"]).catch("all"),
  org: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ReceiptsFilter = z.output<typeof receiptsFilterSchema>;

export const exportSchema = z.object({
  locale: z.enum(routing.locales),
  id: idField,
  status: z.string().optional(),
  org: z.string().optional(),
});
