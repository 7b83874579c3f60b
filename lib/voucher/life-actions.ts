"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { applicationChild, ownAuthorityResource, ownKindergarten } from "@/lib/action/resources";
import { AppError } from "@/lib/errors/app-error";
import { formatDateTime } from "@/lib/format";
import { iinSchema } from "@/lib/iin/schema";
import { recordContract } from "./contract";
import { issueVouchers, MAX_ISSUE } from "./issue";
import { acceptVoucher, extendContract, refuseVoucher, restoreApplication } from "./life-parent";
import { MAX_EXTENSION_DAYS } from "./life-rules";

const parentPages: Revalidation[] = [
  ["/[locale]/cabinet", "page"],
  ["/[locale]/cabinet/queue", "layout"],
];

// The child of a voucher from the queue (the parent's steps are authorised on the child).
async function voucherChild(voucherId: string) {
  const v = await prisma.voucher.findUnique({ where: { id: voucherId }, select: { childId: true } });
  if (!v) throw new AppError("not_found");
  return { childId: v.childId };
}

const voucherId = z.string().trim().min(1).max(64);

// The department issues the funded number of vouchers to a birth-year cohort of its district.
export const issueVouchersAction = formAction({
  name: "voucher.issue",
  permission: "voucher.issue",
  schema: z.object({
    birthYear: z.coerce.number().int().min(2000).max(2100),
    count: z.coerce
      .number()
      .int()
      .min(1, "validation.vouchers.count")
      .max(MAX_ISSUE, "validation.vouchers.count"),
  }),
  resource: (_input, actor) => ownAuthorityResource(actor),
  run: async ({ actor, input, resource, now }) => {
    const r = await issueVouchers(
      {
        authorityId: resource.organizationId,
        birthYear: input.birthYear,
        count: input.count,
        actorPersonId: actor.personId,
      },
      now,
    );
    return {
      message: "vouchers.issue.done",
      messageValues: { issued: r.issued.length, asked: r.asked, birthYear: input.birthYear },
    };
  },
  revalidate: [["/[locale]/authority/vouchers", "page"]],
});

// The parent accepts the issued voucher.
export const acceptVoucherAction = formAction({
  name: "voucher.accept",
  permission: "voucher.answer",
  schema: z.object({ voucherId }),
  refusedAs: "not_found",
  resource: (input) => voucherChild(input.voucherId),
  run: async ({ actor, input, now }) => {
    const v = await acceptVoucher(actor, input.voucherId, now);
    return {
      message: "vouchers.life.accepted",
      messageValues: { until: formatDateTime(v.contractBy, await getLocale()) },
    };
  },
  revalidate: parentPages,
});

// The parent refuses the issued voucher (the child leaves the queue; needs the confirmation tick).
export const refuseVoucherAction = formAction({
  name: "voucher.refuse",
  permission: "voucher.answer",
  schema: z
    .object({ voucherId, confirm: z.string().optional() })
    .refine((d) => d.confirm === "on", { path: ["confirm"], message: "validation.vouchers.confirmRefuse" }),
  refusedAs: "not_found",
  resource: (input) => voucherChild(input.voucherId),
  run: async ({ actor, input, now }) => {
    await refuseVoucher(actor, input.voucherId, now);
    return { message: "vouchers.life.refused" };
  },
  revalidate: parentPages,
});

// The parent extends the contract deadline once by 1..30 calendar days.
export const extendContractAction = formAction({
  name: "voucher.extend",
  permission: "voucher.answer",
  schema: z.object({
    voucherId,
    days: z.coerce
      .number()
      .int("validation.vouchers.days")
      .min(1, "validation.vouchers.days")
      .max(MAX_EXTENSION_DAYS, "validation.vouchers.days"),
  }),
  refusedAs: "not_found",
  resource: (input) => voucherChild(input.voucherId),
  run: async ({ actor, input, now }) => {
    const v = await extendContract(actor, input.voucherId, input.days, now);
    return {
      message: "vouchers.life.extended",
      messageValues: { until: formatDateTime(v.contractBy, await getLocale()) },
    };
  },
  revalidate: parentPages,
});

// The parent restores an inactive application (once, within 28 days).
export const restoreApplicationAction = formAction({
  name: "queue.restore",
  permission: "queue.restore",
  schema: z.object({ applicationId: z.string().trim().min(1).max(64) }),
  refusedAs: "not_found",
  resource: (input) => applicationChild(input.applicationId),
  run: async ({ actor, input, now }) => {
    await restoreApplication(actor, input.applicationId, now);
    return { message: "vouchers.life.restored" };
  },
  revalidate: parentPages,
});

// The kindergarten records the contract for an accepted voucher (its number and the child's IIN).
export const recordContractAction = formAction({
  name: "voucher.contract",
  permission: "voucher.contract",
  schema: z.object({
    voucherNumber: z.string().trim().min(1, "validation.required").max(32),
    childIin: iinSchema,
    contractNumber: z.string().trim().min(1, "validation.required").max(64),
  }),
  resource: (_input, actor) => ownKindergarten(actor),
  run: async ({ actor, input, resource, now }) => {
    const v = await recordContract({ actor, ...resource }, input, now);
    return { message: "vouchers.contract.recorded", messageValues: { number: v.number } };
  },
  revalidate: [["/[locale]/kindergarten/vouchers", "page"]],
});
