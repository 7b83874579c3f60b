"use server";
import { jsonAction } from "@/lib/action/define-action";
import { groupResource } from "@/lib/action/resources";
import { runOnce } from "@/lib/action/idempotency";
import type { Tx } from "@/lib/db/prisma";
import { markAllSchema, markSchema } from "./schemas";
import { markAttendance } from "./mark-attendance";
import { markAllPresent } from "./mark-all-present";

// Marks or corrects one child-day, from the grid or the day view (educator of the group, or the administrator).
export const markAttendanceAction = jsonAction({
  name: "attendance.mark",
  permission: "attendance.mark",
  schema: markSchema,
  resource: (input) => groupResource(input.groupId),
  run: async ({ actor, input, now }) => {
    const { key, madeAt, ...req } = input;
    const apply = async (tx?: Tx) => {
      const mark = await markAttendance(actor, req, now, tx);
      return { status: mark.status, reason: mark.reason, corrected: mark.correctedAfterConfirmation };
    };
    // A mark from the phone's queue (components/attendance/day-*) carries a key: applied once, and a
    // resend answers what the first one did (lib/action/idempotency.ts).
    if (!key) return apply();
    return runOnce({ key, action: "attendance.mark", personId: actor.personId, clientAt: madeAt }, apply);
  },
});

// Marks every child of the group without a mark on the day as present (a child whose parent has
// confirmed the month is left for a single mark with a reason; `skipped` says how many). The answer
// names the children marked, and the grid shows them itself: no page is rendered again.
export const markAllPresentAction = jsonAction({
  name: "attendance.mark_all_present",
  permission: "attendance.mark",
  schema: markAllSchema,
  resource: (input) => groupResource(input.groupId),
  run: async ({ actor, input, now }) => {
    const r = await markAllPresent(actor, input.groupId, input.date, now);
    return { count: r.marked, skipped: r.skipped, children: r.children };
  },
});
