"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { createFolderAction, deleteDocumentAction, uploadDocumentAction } from "@/lib/profile/actions";

type FolderOption = { id: string; name: string; depth: number };

const folderOptions = (folders: FolderOption[], top: string) => [
  { value: "", label: top },
  ...folders.map((f) => ({ value: f.id, label: `${"— ".repeat(f.depth)}${f.name}` })),
];

// "Upload a document": a title (the file's name when empty), the folder, a file of any format up to 20 MB.
export function UploadDocumentForm({
  organizationId,
  folders,
  folderId,
}: {
  organizationId: string;
  folders: FolderOption[];
  folderId: string | null;
}) {
  const t = useTranslations("profile.documents");
  return (
    <ActionForm
      action={uploadDocumentAction}
      submitLabel={t("upload")}
      hidden={{ organizationId }}
      resetOnSuccess
      testId="document-upload"
      className="space-y-3"
    >
      <FormField name="file" type="file" label={t("file")} hint={t("fileHint")} required idPrefix="upload-" />
      <FormField
        name="title"
        label={t("docTitle")}
        hint={t("docTitleHint")}
        maxLength={200}
        idPrefix="upload-"
      />
      <FormSelect
        name="folderId"
        label={t("folder")}
        options={folderOptions(folders, t("topLevel"))}
        defaultValue={folderId ?? ""}
        idPrefix="upload-"
      />
    </ActionForm>
  );
}

// "New folder": its name and where it goes (administrators).
export function CreateFolderForm({
  organizationId,
  folders,
  parentId,
}: {
  organizationId: string;
  folders: FolderOption[];
  parentId: string | null;
}) {
  const t = useTranslations("profile.documents");
  return (
    <ActionForm
      action={createFolderAction}
      submitLabel={t("createFolder")}
      hidden={{ organizationId }}
      resetOnSuccess
      testId="folder-create"
      className="space-y-3"
    >
      <FormField name="name" label={t("folderName")} required maxLength={120} idPrefix="folder-" />
      <FormSelect
        name="parentId"
        label={t("parentFolder")}
        options={folderOptions(folders, t("topLevel"))}
        defaultValue={parentId ?? ""}
        idPrefix="folder-"
      />
    </ActionForm>
  );
}

// Delete a document, after "Yes, delete" (administrators).
export function DeleteDocumentForm({ documentId }: { documentId: string }) {
  const t = useTranslations("profile.documents");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-700" data-testid={`document-delete-open-${documentId}`}>
        {t("delete")}
      </summary>
      <ActionForm
        action={deleteDocumentAction}
        submitLabel={t("deleteConfirm")}
        variant="danger"
        hidden={{ documentId }}
        testId={`document-delete-${documentId}`}
        className="mt-2 space-y-2"
      />
    </details>
  );
}
