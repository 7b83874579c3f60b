import { z } from "zod";
import { idField } from "@/lib/action/common-schemas";

// Inputs of the subordinate organisations' forms (shared by the forms and their actions).

const list = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
    z.array(idField).max(max, "validation.tooLong"),
  );

// Exclude or include the ticked subordinate organisations (the authority's own only).
export const subordinationSchema = z.object({
  authorityId: idField,
  op: z.enum(["exclude", "include"], { message: "validation.chooseFromList" }),
  ids: list(200).refine((ids) => ids.length > 0, "validation.orgAdmin.chooseSubordinates"),
});
export type SubordinationInput = z.output<typeof subordinationSchema>;

// The types of organisations subordinate to the authority (the ticked boxes).
export const subordinateTypesSchema = z.object({
  authorityId: idField,
  types: list(50),
});
export type SubordinateTypesInput = z.output<typeof subordinateTypesSchema>;

// The list's filters from the page's query (anything unknown is ignored).
export const subordinateFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(["DISTRICT_AUTHORITY", "KINDERGARTEN", "SCHOOL", "OTHER"]).optional().catch(undefined),
  type: z.string().trim().max(60).optional().catch(undefined),
  territory: z.string().trim().max(64).optional().catch(undefined),
  status: z.enum(["current", "excluded", "all"]).default("all").catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type SubordinateFilter = z.output<typeof subordinateFilterSchema>;
