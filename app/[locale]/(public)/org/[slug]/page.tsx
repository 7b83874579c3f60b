import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ContactsCard } from "@/components/profile/contacts-card";
import { EmptyState } from "@/components/profile/empty-state";
import { LeadersCard } from "@/components/profile/leaders-card";
import { NewsList } from "@/components/profile/news-list";
import { PagesCard } from "@/components/profile/pages-card";
import { QuickDocuments } from "@/components/profile/quick-documents";
import { Wall } from "@/components/profile/wall";
import { requestNow } from "@/lib/clock/request-now";
import { orgShortName } from "@/lib/org/names";
import { localText } from "@/lib/profile/names";
import { profileForPage, type ProfileParams } from "@/lib/profile/page-profile";
import { profileTab } from "@/lib/profile/profile-tab";

export async function generateMetadata({ params }: { params: ProfileParams }) {
  const { locale, profile } = await profileForPage(params);
  return { title: orgShortName(profile.org, locale) };
}

// The Profile tab: description, news and the message wall; contacts, leaders and administrators, the
// latest documents and the interactive pages on the side.
export default async function OrgProfilePage({ params }: { params: ProfileParams }) {
  const { locale, profile, slug } = await profileForPage(params, "profile");
  const t = await getTranslations("profile.home");
  const { org, view, viewer, settings } = profile;
  const data = await profileTab(org.id, view, await requestNow());
  const description = localText(org.settings?.descriptionKk, org.settings?.descriptionRu, locale);
  return (
    <div className="space-y-4">
      {!settings.featureSite ? (
        <Alert tone="info" testId="profile-site-off">
          {t(viewer.member ? "siteOffMember" : "siteOff")}
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t("description")} testId="profile-description">
            {description ? (
              <p className="break-words whitespace-pre-line text-slate-800">{description}</p>
            ) : (
              <EmptyState>{t("noDescription")}</EmptyState>
            )}
          </Card>
          <NewsList news={data.news} locale={locale} tz={org.timeZone} />
          <Wall
            organizationId={org.id}
            posts={data.wall}
            canPost={view.wall.post}
            locale={locale}
            tz={org.timeZone}
          />
        </div>
        <div className="space-y-4">
          <ContactsCard settings={org.settings} />
          <LeadersCard leaders={data.leaders} />
          {view.documents.read ? (
            <QuickDocuments slug={slug} documents={data.documents} locale={locale} />
          ) : null}
          {view.pages ? <PagesCard slug={slug} pages={data.pages} /> : null}
        </div>
      </div>
    </div>
  );
}
