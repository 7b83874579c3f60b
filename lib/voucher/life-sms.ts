import "server-only";
import { createTranslator } from "use-intl/core";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { smsProvider } from "@/lib/sms/provider";
import { formatDateTime } from "@/lib/format";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type en from "@/messages/en.json";

export const LIFE_SMS_ACTION = "voucher.sms";

/** The SMS of the voucher's life: issued (accept by …), a reminder of a deadline, expired, contracted. */
export type LifeSmsKind = "issued" | "remind_accept" | "remind_contract" | "expired";

const translators = (["kk", "ru"] as const).map((locale) =>
  createTranslator({
    locale,
    messages: (locale === "kk" ? kk : ru) as typeof en,
    namespace: "voucherLifeTexts",
  }),
);

// The text, in Kazakh and Russian together (a job does not know the parent's language).
export function lifeSmsText(
  kind: LifeSmsKind,
  o: { child: string; number: string; until: Date | null },
): string {
  return `Balabaqsha: ${translators
    .map((t, i) =>
      t(kind, {
        child: o.child,
        number: o.number,
        until: o.until ? formatDateTime(o.until, i === 0 ? "kk" : "ru") : "",
      }),
    )
    .join(" / ")}`;
}

// Sends one SMS of the voucher's life to the application's contact phone, once per `key` (e.g.
// "issued", "remind:accept:<iso>", "expired:<iso>"): the send is recorded (audit, phone masked) right
// after it succeeds, so a rerun sends nothing and a crash before the record sends it on the next run.
// Returns 1 when sent now, else 0.
export async function sendLifeSms(voucherId: string, kind: LifeSmsKind, key: string): Promise<number> {
  const [voucher, sent] = await Promise.all([
    prisma.voucher.findUnique({
      where: { id: voucherId },
      include: {
        child: { select: { firstName: true } },
        application: { select: { phone: true } },
      },
    }),
    prisma.auditLog.count({
      where: {
        entityType: "Voucher",
        entityId: voucherId,
        action: LIFE_SMS_ACTION,
        after: { path: ["key"], equals: key },
      },
    }),
  ]);
  const phone = voucher?.application?.phone;
  if (!voucher || !phone || sent > 0) return 0;
  const until =
    kind === "issued" || kind === "remind_accept"
      ? voucher.acceptBy
      : kind === "remind_contract"
        ? voucher.contractBy
        : null;
  await smsProvider().send(
    phone,
    lifeSmsText(kind, { child: voucher.child.firstName, number: voucher.number, until }),
  );
  await prisma.$transaction((tx) =>
    audit(tx, {
      actorPersonId: null,
      action: LIFE_SMS_ACTION,
      entityType: "Voucher",
      entityId: voucherId,
      organizationId: voucher.organizationId,
      after: { key, kind, phone: `…${phone.slice(-4)}` },
    }),
  );
  return 1;
}
