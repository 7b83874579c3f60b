import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/profile/empty-state";
import {
  CreateFolderForm,
  DeleteDocumentForm,
  UploadDocumentForm,
} from "@/components/profile/document-forms";
import { FolderTree } from "@/components/profile/folder-tree";
import { documentHref } from "@/components/profile/quick-documents";
import { orgShortName } from "@/lib/org/names";
import { DOCUMENTS_PAGE, flattenFolders, folderDocuments, folderTree } from "@/lib/profile/documents";
import { Pager, pageParam, pagesOf } from "@/components/ui/pager";
import { dayOf, fileSize, shownName } from "@/lib/profile/names";
import { profileForPage, type ProfileParams } from "@/lib/profile/page-profile";

type Props = { params: ProfileParams; searchParams: Promise<{ folder?: string; page?: string }> };

export async function generateMetadata({ params }: { params: ProfileParams }) {
  const { locale, profile } = await profileForPage(params);
  const t = await getTranslations({ locale, namespace: "profile.tabs" });
  return { title: `${t("documents")} — ${orgShortName(profile.org, locale)}` };
}

// The Documents tab: folders on the left, the files of the chosen folder (any format, public while shown),
// upload for whom the setting names, new folders and deleting for the administrators.
export default async function OrgDocumentsPage({ params, searchParams }: Props) {
  const { locale, profile, slug } = await profileForPage(params, "documents");
  const t = await getTranslations("profile.documents");
  const { org, view } = profile;
  const query = await searchParams;
  const folderParam = query.folder;
  const folderId = typeof folderParam === "string" && folderParam ? folderParam.slice(0, 64) : null;
  const page = pageParam(query.page);
  const [tree, listing] = await Promise.all([folderTree(org.id), folderDocuments(org.id, folderId, page)]);
  if (!listing) notFound();
  const folders = flattenFolders(tree);
  return (
    <ClientMessages namespaces={["profile.documents"]}>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[16rem_1fr]">
        <aside className="space-y-4">
          <Card title={t("folders")}>
            <FolderTree slug={slug} tree={tree} current={folderId} />
          </Card>
          {view.documents.manage ? (
            <Card title={t("folderTitle")}>
              <CreateFolderForm organizationId={org.id} folders={folders} parentId={folderId} />
            </Card>
          ) : null}
        </aside>
        <div className="min-w-0 space-y-4">
          <Card title={listing.folder?.name ?? t("root")} testId="documents-list">
            {listing.documents.length === 0 ? (
              <EmptyState testId="documents-empty">{t("empty")}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {listing.documents.map((d) => (
                  <li
                    key={d.id}
                    className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3"
                    data-testid="document-row"
                  >
                    <div className="min-w-0">
                      <a
                        href={documentHref(locale, slug, d.id)}
                        download
                        className="font-medium break-words text-brand-700 hover:underline"
                        data-testid="document-download"
                      >
                        {d.title}
                      </a>
                      <p className="text-xs break-words text-slate-500">
                        {d.file.fileName} · {fileSize(d.file.size)} ·{" "}
                        {dayOf(d.createdAt, locale, org.timeZone)} · {shownName(d.uploadedBy)}
                        {!folderId && d.folder ? ` · ${d.folder.name}` : ""}
                      </p>
                    </div>
                    {view.documents.manage ? <DeleteDocumentForm documentId={d.id} /> : null}
                  </li>
                ))}
              </ul>
            )}
            <Pager
              page={page}
              pages={pagesOf(listing.total, DOCUMENTS_PAGE)}
              href={(n) => documentsHref(slug, folderId, n)}
            />
          </Card>
          {view.documents.upload ? (
            <Card title={t("uploadTitle")} testId="documents-upload-card">
              <UploadDocumentForm organizationId={org.id} folders={folders} folderId={folderId} />
            </Card>
          ) : null}
        </div>
      </div>
    </ClientMessages>
  );
}

// The tab's address for page n of a folder.
function documentsHref(slug: string, folderId: string | null, page: number): string {
  const q = new URLSearchParams();
  if (folderId) q.set("folder", folderId);
  if (page > 1) q.set("page", String(page));
  return `/org/${slug}/documents${q.size ? `?${q}` : ""}`;
}
