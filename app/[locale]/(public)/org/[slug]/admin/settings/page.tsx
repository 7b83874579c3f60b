import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { AppealsEmailSection } from "@/components/feedback/appeals-email-section";
import { SettingsNames } from "@/components/org-admin/settings-names";
import { SettingsLogo } from "@/components/org-admin/settings-logo";
import { SettingsContacts } from "@/components/org-admin/settings-contacts";
import { SettingsFeatures } from "@/components/org-admin/settings-features";
import { SettingsLocalisation } from "@/components/org-admin/settings-localisation";
import { requireOrgAdminPage } from "@/lib/org/settings/admin-page";
import { settingsView } from "@/lib/org/settings/settings-view";

// The organisation's settings (seed 002, block "Настройки"): names, logo, contacts, features, localisation
// and the e-mail for appeals — each section its own form and action.
export default async function OrgSettingsPage({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const { org } = await requireOrgAdminPage(locale, slug);
  const t = await getTranslations("orgAdmin.settings");
  const { settings: s, localisation } = await settingsView(org, locale);
  const sections = ["names", "logo", "contacts", "features", "localisation", "appeals"] as const;
  return (
    <div className="space-y-6">
      <nav aria-label={t("sectionsLabel")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {sections.map((id) => (
          <a key={id} href={`#${id}`} className="text-brand-700 underline">
            {t(`section.${id}`)}
          </a>
        ))}
      </nav>
      <div id="names">
        <SettingsNames organizationId={org.id} names={org} />
      </div>
      <div id="logo">
        <SettingsLogo organizationId={org.id} slug={org.slug} logoFileId={s?.logoFileId ?? null} />
      </div>
      <div id="contacts">
        <SettingsContacts
          organizationId={org.id}
          contacts={{
            legalAddress: s?.legalAddress ?? null,
            actualAddress: s?.actualAddress ?? null,
            phones: s?.phones ?? null,
            fax: s?.fax ?? null,
            email: s?.email ?? null,
            website: s?.website ?? null,
          }}
        />
      </div>
      <div id="features">
        <SettingsFeatures
          organizationId={org.id}
          features={{
            featureSite: s?.featureSite ?? true,
            featureForum: s?.featureForum ?? false,
            forumReadAccess: s?.forumReadAccess ?? "EVERYONE",
            forumTopicCreation: s?.forumTopicCreation ?? "MEMBERS",
            featureDocuments: s?.featureDocuments ?? true,
            documentsUpload: s?.documentsUpload ?? "ADMINISTRATORS",
            featureStructure: s?.featureStructure ?? true,
            featurePages: s?.featurePages ?? false,
            featureFeedback: s?.featureFeedback ?? true,
          }}
        />
      </div>
      <div id="localisation">
        <SettingsLocalisation organizationId={org.id} loc={localisation} />
      </div>
      <div id="appeals">
        <AppealsEmailSection organizationId={org.id} locale={locale} />
      </div>
    </div>
  );
}
