"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { AppError } from "@/lib/errors/app-error";
import { markAllSchema, markSchema } from "./schemas";
import { markAttendance } from "./mark-attendance";
import { markAllPresent } from "./mark-all-present";

export type MarkResult =
  | { ok: true; status: "PRESENT" | "ABSENT"; reason: string | null; corrected: boolean }
  | { ok: false; message: string };

async function guarded<T extends { ok: true }>(
  fn: () => Promise<T>,
): Promise<T | { ok: false; message: string }> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: `errors.${e.code}` };
    throw e;
  }
}

// Marks or corrects one cell of the attendance grid (educator of the group, or the administrator).
export async function markAttendanceAction(input: unknown): Promise<MarkResult> {
  return guarded(async () => {
    const actor = await getActor();
    if (!actor) throw new AppError("unauthenticated");
    const parsed = markSchema.safeParse(input);
    if (!parsed.success) throw new AppError("invalid_input");
    const mark = await markAttendance(actor, parsed.data, await requestNow());
    return {
      ok: true as const,
      status: mark.status,
      reason: mark.reason,
      corrected: mark.correctedAfterConfirmation,
    };
  });
}

// Marks every child of the group without a mark on the day as present.
export async function markAllPresentAction(
  input: unknown,
): Promise<{ ok: true; count: number } | { ok: false; message: string }> {
  return guarded(async () => {
    const actor = await getActor();
    if (!actor) throw new AppError("unauthenticated");
    const parsed = markAllSchema.safeParse(input);
    if (!parsed.success) throw new AppError("invalid_input");
    const count = await markAllPresent(actor, parsed.data.groupId, parsed.data.date, await requestNow());
    revalidatePath("/[locale]/kindergarten/groups/[groupId]/attendance", "page");
    return { ok: true as const, count };
  });
}
