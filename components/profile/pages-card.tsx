import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "./empty-state";

// The organisation's interactive pages, each at /org/{slug}/pages/{pageSlug}.
export async function PagesCard({
  slug,
  pages,
}: {
  slug: string;
  pages: { id: string; slug: string; title: string }[];
}) {
  const t = await getTranslations("profile.home");
  return (
    <Card title={t("pages")} testId="profile-pages">
      {pages.length === 0 ? (
        <EmptyState>{t("noPages")}</EmptyState>
      ) : (
        <ul className="space-y-2 text-sm">
          {pages.map((p) => (
            <li key={p.id}>
              <Link
                href={`/org/${slug}/pages/${p.slug}`}
                className="font-medium text-brand-700 hover:underline"
                data-testid="profile-page-link"
              >
                {p.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
