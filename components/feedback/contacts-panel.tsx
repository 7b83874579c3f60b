import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

type Settings = {
  phones: string | null;
  email: string | null;
  actualAddress: string | null;
  legalAddress: string | null;
  receptionRulesKk: string | null;
  receptionRulesRu: string | null;
  receptionHours: string | null;
} | null;

const localRules = (s: NonNullable<Settings>, locale: string) =>
  (locale === "ru"
    ? (s.receptionRulesRu ?? s.receptionRulesKk)
    : (s.receptionRulesKk ?? s.receptionRulesRu)) || null;

// The public Feedback tab's contacts for citizens (phones, e-mail, addresses) and the rules and hours of
// personal reception (the rules in the page's language, else the other one).
export async function ContactsPanel({ settings, locale }: { settings: Settings; locale: string }) {
  const t = await getTranslations("feedback");
  const phones = settings?.phones?.split(/[,;]\s*/).filter(Boolean) ?? [];
  const address = settings?.actualAddress || settings?.legalAddress;
  const legal = settings?.legalAddress && settings.legalAddress !== address ? settings.legalAddress : null;
  const rules = settings ? localRules(settings, locale) : null;
  const line = (label: string, children: ReactNode, testId: string) => (
    <div data-testid={testId}>
      <dt className="text-slate-500">{label}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
  return (
    <>
      <Card title={t("contacts.title")} testId="feedback-contacts">
        {phones.length === 0 && !settings?.email && !address ? (
          <p className="text-sm text-slate-500">{t("contacts.none")}</p>
        ) : (
          <dl className="space-y-2 text-sm">
            {phones.length
              ? line(
                  t("contacts.phones"),
                  phones.map((p) => (
                    <a
                      key={p}
                      className="block text-brand-700 hover:underline"
                      href={`tel:${p.replace(/[^\d+]/g, "")}`}
                    >
                      {p}
                    </a>
                  )),
                  "feedback-contacts-phones",
                )
              : null}
            {settings?.email
              ? line(
                  t("contacts.email"),
                  <a className="text-brand-700 hover:underline" href={`mailto:${settings.email}`}>
                    {settings.email}
                  </a>,
                  "feedback-contacts-email",
                )
              : null}
            {address ? line(t("contacts.address"), address, "feedback-contacts-address") : null}
            {legal ? line(t("contacts.legalAddress"), legal, "feedback-contacts-legal") : null}
          </dl>
        )}
      </Card>
      <Card title={t("reception.title")} testId="feedback-reception">
        {!rules && !settings?.receptionHours ? (
          <p className="text-sm text-slate-500">{t("reception.none")}</p>
        ) : (
          <dl className="space-y-3 text-sm">
            {settings?.receptionHours
              ? line(t("reception.hours"), settings.receptionHours, "feedback-reception-hours")
              : null}
            {rules
              ? line(
                  t("reception.rules"),
                  <span className="whitespace-pre-line">{rules}</span>,
                  "feedback-reception-rules",
                )
              : null}
          </dl>
        )}
      </Card>
    </>
  );
}
