import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { removeOrgLogoAction, uploadOrgLogoAction } from "@/lib/org/settings/actions";
import { OrgFileField } from "./org-fields";

// "Logo": the current one (as the profile serves it) with a remove button, and the upload of a new one —
// JPG or PNG, at most 4 MB, stored at 150×150 (larger pictures scaled down to fit whole, never cropped).
export async function SettingsLogo({
  organizationId,
  slug,
  logoFileId,
}: {
  organizationId: string;
  slug: string;
  logoFileId: string | null;
}) {
  const t = await getTranslations("orgAdmin.settings");
  return (
    <Card title={t("logoTitle")} testId="org-settings-logo">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <div className="flex h-[150px] w-[150px] shrink-0 items-center justify-center rounded-md bg-slate-50 ring-1 ring-slate-200">
          {logoFileId ? (
            // The file id in the query makes a new logo bypass the five-minute cache.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={`/api/org/${slug}/logo?v=${logoFileId}`}
              alt={t("logoAlt")}
              width={150}
              height={150}
              data-testid="org-logo-current"
            />
          ) : (
            <span className="px-2 text-center text-xs text-slate-500" data-testid="org-logo-none">
              {t("logoNone")}
            </span>
          )}
        </div>
        <div className="flex-1 space-y-3">
          <ActionForm
            action={uploadOrgLogoAction}
            submitLabel={t("logoUpload")}
            testId="org-logo-form"
            hidden={{ organizationId }}
          >
            <OrgFileField
              name="logo"
              label={t("field.logo")}
              hint={t("field.logoHint")}
              accept="image/png,image/jpeg"
            />
          </ActionForm>
          {logoFileId ? (
            <ActionForm
              action={removeOrgLogoAction}
              submitLabel={t("logoRemove")}
              variant="secondary"
              testId="org-logo-remove"
              hidden={{ organizationId }}
            />
          ) : null}
        </div>
      </div>
    </Card>
  );
}
