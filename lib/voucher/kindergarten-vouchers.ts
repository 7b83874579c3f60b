import "server-only";
import type { ManagerContext } from "@/lib/auth/audiences";
import { countViews, vouchersInScope } from "./scoped-vouchers";

// The kindergarten administrator's vouchers: every voucher held at the kindergarten, at-risk ones
// first with the months that put them at risk, then annulled, active and closed; with the counts.
export async function kindergartenVouchers(ctx: ManagerContext, at: Date) {
  const rows = await vouchersInScope([ctx.organizationId], at);
  return { rows, counts: countViews(rows) };
}
