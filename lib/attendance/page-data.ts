import "server-only";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { AppError } from "@/lib/errors/app-error";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { localParts } from "@/lib/calendar/zone";
import { loadGroupMonth } from "./group-month";
import { parseMonth } from "./schemas";

// For the group pages: the actor and the group's month, or a redirect (sign-in / no access).
// A group outside the educator's bindings is refused here exactly as the actions refuse it.
export async function groupMonthForPage(locale: Locale, groupId: string, monthParam: string | undefined) {
  const actor = await getActor();
  if (!actor) return redirect({ href: "/sign-in", locale });
  if (actor.mustChangePassword) return redirect({ href: "/change-password", locale });
  const at = await requestNow();
  const { year, month } = parseMonth(monthParam, localParts(at));
  try {
    return { actor, data: await loadGroupMonth(actor, groupId, year, month, at, locale) };
  } catch (e) {
    if (e instanceof AppError && (e.code === "forbidden" || e.code === "not_found"))
      return redirect({ href: "/no-access", locale });
    throw e;
  }
}
