import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { groupFor } from "./group-access";

// The children in a group today with their parents / legal representatives and contacts —
// what an educator needs to call a parent (only for groups the policy lets them read).
export async function groupChildren(actor: Actor, groupId: string, today: Date) {
  const group = await groupFor(actor, groupId, "group.read");
  const enrolments = await prisma.enrolment.findMany({
    where: { groupId, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    include: {
      child: {
        include: { representatives: { where: { status: "VERIFIED" }, include: { representative: true } } },
      },
    },
    orderBy: [{ child: { lastName: "asc" } }, { child: { firstName: "asc" } }],
  });
  return {
    group,
    children: enrolments.map((e) => ({
      enrolment: e,
      child: e.child,
      representatives: e.child.representatives,
    })),
  };
}
