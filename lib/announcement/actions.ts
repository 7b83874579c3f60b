"use server";
import { formAction, jsonAction } from "@/lib/action/define-action";
import { announcementResource, authorOrgResource, recipientResource } from "./resources";
import { deleteSchema, markReadSchema, publishInputOf, publishSchema } from "./schemas";
import { checkAnnouncement, loadAuthorOrg, publishAnnouncement } from "./publish";
import { deleteAnnouncement } from "./delete";
import { markAnnouncementRead } from "./mark-read";
import { authorBaseFor } from "./paths";
import type { Reach } from "./resolve";

/** What a wizard step answers besides the form state: the next step, and whom the audience reaches. */
export type WizardExtra = { step?: "audience" | "review"; reach?: Reach };

// The header's badge, the homes and the inboxes all show announcements: refresh every page after a change.
const EVERYWHERE: [string, "layout"][] = [["/[locale]", "layout"]];

// The create-announcement wizard (seeds 001/002 §4): checks the text, then the audience with the number of
// people it reaches, then publishes and opens the announcement's page.
export const publishAnnouncementAction = formAction<
  "announcement.manage",
  typeof publishSchema,
  { organizationId: string },
  WizardExtra
>({
  name: "announcement.publish",
  permission: "announcement.manage",
  schema: publishSchema,
  input: publishInputOf,
  resource: (input) => authorOrgResource(input.organizationId),
  run: async ({ actor, input, resource, now }) => {
    const org = await loadAuthorOrg(resource.organizationId);
    if (input.intent !== "publish") {
      const reach = await checkAnnouncement(actor, org, input, now);
      return { extra: reach ? { step: "review", reach } : { step: "audience" } };
    }
    const { id } = await publishAnnouncement(actor, org, input, now);
    return { redirect: `${authorBaseFor(org.kind)}/${id}?published=1` };
  },
  revalidate: EVERYWHERE,
});

// Deletes a published announcement after "Yes, delete!" (its recipients no longer see it).
export const deleteAnnouncementAction = formAction({
  name: "announcement.delete",
  permission: "announcement.manage",
  schema: deleteSchema,
  resource: (input) => announcementResource(input.id),
  refusedAs: "not_found",
  invalidAs: "validation.announcements.confirmDelete",
  run: async ({ actor, input, resource, now }) => {
    const org = await loadAuthorOrg(resource.organizationId);
    await deleteAnnouncement(actor, resource.organizationId, input.id, now);
    return { redirect: `${authorBaseFor(org.kind)}?deleted=1` };
  },
  revalidate: EVERYWHERE,
});

// Marks an announcement read when its recipient opens it (once: the first time is kept).
export const markAnnouncementReadAction = jsonAction({
  name: "announcement.mark_read",
  permission: "announcement.read",
  schema: markReadSchema,
  resource: (input, actor) => recipientResource(input.id, actor),
  refusedAs: "not_found",
  run: async ({ actor, input, now }) => {
    const readAt = await markAnnouncementRead(actor.personId, input.id, now);
    return { readAt: readAt?.toISOString() ?? null };
  },
  revalidate: EVERYWHERE,
});
