import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { OrganizationSettings } from "@/lib/generated/prisma/client";
import { EmptyState } from "./empty-state";

// The organisation's contacts (settings → Contacts): addresses, phones, fax, e-mail, website.
export async function ContactsCard({ settings }: { settings: OrganizationSettings | null }) {
  const t = await getTranslations("profile.home");
  const rows = (
    [
      ["legalAddress", settings?.legalAddress],
      ["actualAddress", settings?.actualAddress],
      ["phones", settings?.phones],
      ["fax", settings?.fax],
      ["email", settings?.email],
      ["website", settings?.website],
    ] as const
  ).filter(([, v]) => !!v?.trim());
  // Both addresses the same: say it once.
  const shown =
    settings?.legalAddress && settings.legalAddress === settings.actualAddress
      ? rows.filter(([k]) => k !== "legalAddress")
      : rows;
  const website = settings?.website && /^https?:\/\//i.test(settings.website) ? settings.website : null;
  return (
    <Card title={t("contacts")} testId="profile-contacts">
      {shown.length === 0 ? (
        <EmptyState>{t("noContacts")}</EmptyState>
      ) : (
        <dl className="space-y-2 text-sm">
          {shown.map(([key, value]) => (
            <div key={key}>
              <dt className="text-slate-500">
                {t(key === "actualAddress" && shown.length < rows.length ? "address" : key)}
              </dt>
              <dd className="break-words text-slate-900">
                {key === "email" ? (
                  <a className="text-brand-700 hover:underline" href={`mailto:${value}`}>
                    {value}
                  </a>
                ) : key === "website" && website ? (
                  <a
                    className="text-brand-700 hover:underline"
                    href={website}
                    rel="noopener noreferrer nofollow"
                    target="_blank"
                  >
                    {value}
                  </a>
                ) : key === "phones" || key === "fax" ? (
                  value!.split(/[,;]\s*/).map((p) => (
                    <a
                      key={p}
                      className="block text-brand-700 hover:underline"
                      href={`tel:${p.replace(/[^\d+]/g, "")}`}
                    >
                      {p}
                    </a>
                  ))
                ) : (
                  value
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
