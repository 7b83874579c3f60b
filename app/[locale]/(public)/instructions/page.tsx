import { resolveLocale } from "@/i18n/page-locale";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { env } from "@/lib/env";

const SECTIONS = ["signIn", "bind", "confirm", "voucher", "queue"] as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "instructions" }))("title") };
}

// The instructions page (seed 000): how to sign in, bind a child, confirm a timesheet.
export default async function InstructionsPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  const t = await getTranslations("instructions");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {SECTIONS.map((s) => (
        <Card key={s} title={t(`${s}.title`)} testId={`instructions-${s}`}>
          <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
            {(t.raw(`${s}.steps`) as string[]).map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
          {t.has(`${s}.important`) ? (
            <p className="mt-3 rounded bg-amber-50 p-3 text-sm text-amber-900">{t(`${s}.important`)}</p>
          ) : null}
        </Card>
      ))}
      <Card title={t("supportTitle")}>
        <p className="text-sm">{t("supportText", { phone: env().SUPPORT_PHONE })}</p>
      </Card>
    </div>
  );
}
