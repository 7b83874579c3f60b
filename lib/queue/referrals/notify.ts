import "server-only";
import { createTranslator } from "use-intl/core";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { smsProvider } from "@/lib/sms/provider";
import { formatDateTime } from "@/lib/format";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type en from "@/messages/en.json";

export const REFERRAL_SMS_ACTION = "referral.sms";

const translators = (["kk", "ru"] as const).map((locale) =>
  createTranslator({ locale, messages: (locale === "kk" ? kk : ru) as typeof en, namespace: "queueTexts" }),
);

// The SMS about a new referral, in Kazakh and Russian together (the job doesn't know the parent's language).
export function referralSmsText(o: {
  child: string;
  number: string;
  kindergartenKk: string;
  kindergartenRu: string;
  expiresAt: Date;
  tz: string;
}): string {
  return `Balabaqsha: ${translators
    .map((t, i) =>
      t("referralSms", {
        child: o.child,
        number: o.number,
        kindergarten: i === 0 ? o.kindergartenKk : o.kindergartenRu,
        until: formatDateTime(o.expiresAt, i === 0 ? "kk" : "ru", o.tz),
      }),
    )
    .join(" / ")}`;
}

// Sends the SMS of a newly issued referral to the application's contact phone, once: the send is
// recorded (audit) right after it succeeds, so calling again sends nothing. The places module calls it
// after the transaction that issued the referral. Returns how many SMS were sent (0 or 1).
export async function notifyReferralIssued(referralId: string): Promise<number> {
  const [referral, sent] = await Promise.all([
    prisma.referral.findUnique({
      where: { id: referralId },
      include: {
        application: { include: { child: { select: { firstName: true } } } },
        place: {
          include: {
            organization: { select: { id: true, shortNameKk: true, shortNameRu: true, timeZone: true } },
          },
        },
      },
    }),
    prisma.auditLog.count({
      where: { entityType: "Referral", entityId: referralId, action: REFERRAL_SMS_ACTION },
    }),
  ]);
  if (!referral || referral.status !== "ISSUED" || sent > 0) return 0;
  const org = referral.place.organization;
  const phone = referral.application.phone;
  await smsProvider().send(
    phone,
    referralSmsText({
      child: referral.application.child.firstName,
      number: referral.number,
      kindergartenKk: org.shortNameKk,
      kindergartenRu: org.shortNameRu,
      expiresAt: referral.expiresAt,
      tz: org.timeZone,
    }),
  );
  await prisma.$transaction((tx) =>
    audit(tx, {
      actorPersonId: null,
      action: REFERRAL_SMS_ACTION,
      entityType: "Referral",
      entityId: referralId,
      organizationId: org.id,
      after: { applicationId: referral.applicationId, phone: `…${phone.slice(-4)}` },
    }),
  );
  return 1;
}
