import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { profileForPage } from "@/lib/profile/page-profile";
import { orgPage } from "@/lib/profile/profile-tab";

type Params = Promise<{ locale: string; slug: string; pageSlug: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { profile } = await profileForPage(params);
  const page = await orgPage(profile.org.id, (await params).pageSlug, profile.view);
  return { title: page?.title };
}

// An interactive page of the organisation (while the view shows its pages): its title and text.
export default async function OrgPagePage({ params }: { params: Params }) {
  const { locale, profile, slug } = await profileForPage(params);
  const t = await getTranslations("profile.page");
  const page = await orgPage(profile.org.id, (await params).pageSlug, profile.view);
  if (!page) notFound();
  return (
    <div className="space-y-4">
      <Link href={`/org/${slug}`} className="text-sm font-medium text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <Card title={page.title} testId="org-page">
        <div className="break-words whitespace-pre-line text-slate-800">{page.body}</div>
        <p className="mt-4 text-xs text-slate-500">
          {t("updated", { at: formatDateTime(page.updatedAt, locale, profile.org.timeZone) })}
        </p>
      </Card>
    </div>
  );
}
