import "server-only";
import { getTranslations } from "next-intl/server";
import { routeHandler } from "@/lib/action/define-route";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format";
import { orgShortName, personName } from "@/lib/org/names";
import { announcementResource } from "./resources";
import { exportSchema, receiptsFilterSchema } from "./schemas";
import { receiptsXlsxStream } from "./xlsx";
import { withExportSlot } from "@/lib/reports/export-slots";

// Downloads an announcement's read list as XLSX — the same filter as its page (?status=read|unread, ?org=),
// streamed. For the author organisation's announcement keepers only (a refusal answers 404). Both areas'
// export routes (authority, kindergarten) are this one handler.
export const exportReceiptsRoute = routeHandler({
  name: "announcement.export",
  permission: "announcement.receipts",
  schema: exportSchema,
  resource: (input) => announcementResource(input.id),
  run: ({ input, resource }) =>
    withExportSlot(input.locale, async () => {
      const filter = receiptsFilterSchema.parse({ status: input.status, org: input.org, page: 1 });
      const org = await prisma.organization.findUniqueOrThrow({
        where: { id: resource.organizationId },
        select: { timeZone: true },
      });
      const t = await getTranslations({ locale: input.locale, namespace: "announcements" });
      const body = receiptsXlsxStream({
        announcementId: input.id,
        filter,
        sheetName: t("receipts.sheet"),
        columns: [
          { header: t("receipts.name"), width: 40 },
          { header: t("receipts.organisation"), width: 40 },
          { header: t("receipts.via"), width: 16 },
          { header: t("receipts.status"), width: 16 },
          { header: t("receipts.readAt"), width: 20 },
        ],
        cells: (r) => [
          personName(r),
          r.shortNameKk
            ? orgShortName({ shortNameKk: r.shortNameKk, shortNameRu: r.shortNameRu ?? "" }, input.locale)
            : "",
          t(r.via === "parent" ? "receipts.viaParent" : "receipts.viaStaff"),
          t(r.readAt ? "receipts.read" : "receipts.unread"),
          r.readAt ? formatDateTime(r.readAt, input.locale, org.timeZone) : "",
        ],
      });
      return new Response(body, {
        headers: {
          "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "Content-Disposition": `attachment; filename="announcement-${input.id}-${filter.status}.xlsx"`,
          "Cache-Control": "no-store",
        },
      });
    }),
});
