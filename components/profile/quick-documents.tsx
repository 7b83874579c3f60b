import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { fileSize } from "@/lib/profile/names";
import { EmptyState } from "./empty-state";

type Doc = { id: string; title: string; file: { fileName: string; size: number } };

// The download address of a profile's document (a route handler, outside the localised links).
export function documentHref(locale: string, slug: string, documentId: string): string {
  return `/${locale}/org/${slug}/documents/${documentId}/file`;
}

// Quick links to the latest documents of the Documents tab (downloads), and the way to all of them.
export async function QuickDocuments({
  slug,
  documents,
  locale,
}: {
  slug: string;
  documents: Doc[];
  locale: string;
}) {
  const t = await getTranslations("profile.home");
  return (
    <Card title={t("documents")} testId="profile-quick-documents">
      {documents.length === 0 ? (
        <EmptyState>{t("noDocuments")}</EmptyState>
      ) : (
        <ul className="space-y-2 text-sm">
          {documents.map((d) => (
            <li key={d.id}>
              <a
                href={documentHref(locale, slug, d.id)}
                download
                className="font-medium break-words text-brand-700 hover:underline"
                data-testid="quick-document"
              >
                {d.title}
              </a>
              <span className="block text-xs text-slate-500">
                {d.file.fileName} · {fileSize(d.file.size)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link
        href={`/org/${slug}/documents`}
        className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline"
      >
        {t("allDocuments")}
      </Link>
    </Card>
  );
}
