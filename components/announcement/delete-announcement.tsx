"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { deleteAnnouncementAction } from "@/lib/announcement/actions";

// "Delete" on an announcement's page, then the confirmation "Yes, delete!" (seeds 001/002 §4).
export function DeleteAnnouncement({ id, title }: { id: string; title: string }) {
  const t = useTranslations("announcements");
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button
        type="button"
        variant="danger"
        onClick={() => setAsking(true)}
        data-testid="announcement-delete"
      >
        {t("delete.button")}
      </Button>
    );
  return (
    <div
      className="max-w-md space-y-3 rounded-md bg-red-50 p-4 ring-1 ring-red-200"
      data-testid="announcement-delete-confirm"
    >
      <p className="text-sm text-red-900">{t("delete.question", { title })}</p>
      <ActionForm
        action={deleteAnnouncementAction}
        submitLabel={t("delete.confirm")}
        variant="danger"
        hidden={{ id, confirm: "yes" }}
        testId="announcement-delete-form"
        className="flex flex-wrap items-center gap-3"
      >
        <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
          {t("delete.cancel")}
        </Button>
      </ActionForm>
    </div>
  );
}
