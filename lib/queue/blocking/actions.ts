"use server";
import { getLocale } from "next-intl/server";
import { formAction } from "@/lib/action/define-action";
import { ownAuthorityResource } from "@/lib/action/resources";
import { formatDateTime } from "@/lib/format";
import { blockCabinetSchema } from "./schemas";
import { blockCabinet } from "./block-cabinet";

// The authority administrator blocks a parent's cabinet for 6 months (and ends the children's contracts).
export const blockCabinetAction = formAction({
  name: "cabinet.block",
  permission: "cabinet.block",
  schema: blockCabinetSchema,
  resource: (_input, actor) => ownAuthorityResource(actor),
  run: async ({ actor, input, resource, now }) => {
    const done = await blockCabinet({ actor, ...resource }, input, now);
    const until = formatDateTime(done.blockedUntil, await getLocale());
    return {
      message: "queueBlocks.blocked",
      messageValues: { name: done.name, until, count: done.endedEnrolments.length },
    };
  },
  revalidate: [["/[locale]/authority/cabinet-blocks", "page"]],
});
