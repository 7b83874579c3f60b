"use server";
import { formAction } from "@/lib/action/define-action";
import { ownAuthorityResource, applicationWithAuthorities } from "@/lib/action/resources";
import { reviewDecisionSchema } from "@/lib/queue/applications/schemas";
import { reviewRepresentative } from "./review";

// The authority administrator verifies, or refuses with a reason, an applicant's claim to represent
// the child (the document of a guardian, trustee, adoptive or foster parent).
export const reviewRepresentativeAction = formAction({
  name: "queue.review_representative",
  permission: "queue.review_representative",
  schema: reviewDecisionSchema,
  resource: async (input, actor) => ({
    ...ownAuthorityResource(actor),
    orgPath: (await applicationWithAuthorities(input.applicationId)).orgPath,
  }),
  run: async ({ actor, input, resource, now }) => {
    await reviewRepresentative({ actor, organizationId: resource.organizationId }, input, now);
    return {
      message:
        input.decision === "confirm" ? "queueRepresentatives.verified" : "queueRepresentatives.refused",
    };
  },
  revalidate: [["/[locale]/authority/cabinet-blocks", "page"]],
});
