import "server-only";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { routeHandler } from "@/lib/action/define-route";
import { audit } from "@/lib/audit/audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { isReportOf } from "./catalogue";
import { exportRowCount, exportTooLarge, sectionCsv, xlsxStream } from "./export";
import type { ReportSearch } from "./filters";
import { formatYm } from "./period";
import { DEFINITIONS } from "./registry";
import { runReport } from "./run";
import { exportResource, type ReportArea } from "./scope";
import { withExportSlot } from "./export-slots";
import type { Actor } from "@/lib/auth/actor";

// The download of a report (?format=xlsx|csv, &section= for one table as CSV), with the same filters
// as the page: the policy looks at the organisation the filter names (an officer of another district
// gets 404), the report is run exactly as the page runs it, and the download is audited.

// Every value of every query parameter (ticked boxes repeat a name).
function searchOf(url: URL): ReportSearch {
  const out: ReportSearch = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

// The route's parameters: the locale and report from the path, the format, one section, the organisation
// the policy looks at; the other filters are read by the report itself.
const schemaOf = (area: ReportArea) =>
  z
    .object({
      locale: z.enum(routing.locales),
      report: z.string().refine((id) => isReportOf(area, id)),
      format: z.enum(["xlsx", "csv"]).default("xlsx"),
      section: z.string().max(40).optional(),
      org: z.string().max(40).optional(),
    })
    .catchall(z.unknown());
const SCHEMAS = { authority: schemaOf("authority"), kindergarten: schemaOf("kindergarten") };

export function reportExportRoute(area: ReportArea) {
  return routeHandler({
    name: area === "authority" ? "report.export" : "report.export_own",
    permission: area === "authority" ? "report.read" : "report.read_own",
    schema: SCHEMAS[area],
    resource: (input, actor) => exportResource(area, actor, input.org || undefined),
    run: async ({ actor, input, request, now }) => {
      if (!actor || !isReportOf(area, input.report)) throw new AppError("not_found");
      return withExportSlot(input.locale, () => exportReport(area, actor, input, request, now));
    },
  });
}

// Runs the report exactly as its page does, records the download, and writes the file.
async function exportReport(
  area: ReportArea,
  actor: Actor,
  input: z.output<(typeof SCHEMAS)[ReportArea]>,
  request: Request,
  now: Date,
): Promise<Response> {
  const def = DEFINITIONS[input.report]!;
  const run = await runReport(def, {
    area,
    actor,
    search: searchOf(new URL(request.url)),
    now,
    locale: input.locale,
  });
  const sections = run.result.sections;
  const csvSection = sections.find((s) => s.id === input.section) ?? sections[0];
  const refused = exportTooLarge(
    input.locale,
    exportRowCount(input.format === "csv" ? (csvSection ? [csvSection] : []) : sections),
  );
  if (refused) return refused;
  // One statement: the audit row needs no transaction of its own (and holds no connection while the
  // file is written).
  await audit(prisma, {
    actorPersonId: actor.personId,
    action: "report.export",
    entityType: "report",
    entityId: input.report,
    organizationId: run.scope.rootId,
    after: { format: input.format, section: input.section ?? null, query: run.query.toString() },
  });
  const stem = `${input.report}${run.period ? `-${formatYm(run.filter.from)}_${formatYm(run.filter.to)}` : ""}`;
  const headers = { "Cache-Control": "no-store" };
  if (input.format === "csv") {
    const section = csvSection;
    const name = `${stem}${section && sections.length > 1 ? `-${section.id}` : ""}.csv`;
    return new Response(section ? sectionCsv(section) : "\uFEFF", {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
      },
    });
  }
  const title = run.words.dyn(`titles.${input.report}`);
  return new Response(xlsxStream({ title, lines: run.lines }, sections), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${stem}.xlsx"`,
    },
  });
}
