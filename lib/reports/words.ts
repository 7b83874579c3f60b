import { createTranslator } from "next-intl";
import type en from "@/messages/en.json";
import type { Locale } from "@/i18n/routing";
import { DEFAULT_TIME_ZONE } from "@/lib/calendar/zone";
import type { MemberRole, OrgKind, QualificationCategory } from "@/lib/generated/prisma/enums";

// The reports' words in the reader's language, the same for the page and the downloads (a route
// handler and a test have no next-intl request, so the messages are read here directly).

type Messages = typeof en;

const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  kk: () => import("@/messages/kk.json"),
  ru: () => import("@/messages/ru.json"),
  en: () => import("@/messages/en.json"),
};

export async function reportWords(locale: Locale) {
  const messages = (await LOADERS[locale]()).default;
  const t = createTranslator<Messages, "reports">({
    locale,
    messages,
    namespace: "reports",
    timeZone: DEFAULT_TIME_ZONE,
  });
  return {
    locale,
    t,
    /** A key computed at run time (a reason, a status …) of the reports' messages. */
    dyn: (key: string, values?: Record<string, string | number>) =>
      (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values),
    role: (r: MemberRole) => messages.memberRole[r],
    qualification: (q: QualificationCategory) => messages.qualification[q],
    orgKind: (k: OrgKind) => messages.orgKind[k],
    orgType: (type: string) =>
      (messages.reports.orgType as Record<string, string>)[type] ?? type.replace(/_/g, " "),
    language: (l: "KK" | "RU" | "MIXED") => messages.groupLanguage[l],
  };
}

export type Words = Awaited<ReturnType<typeof reportWords>>;
