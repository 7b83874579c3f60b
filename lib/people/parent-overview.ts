import "server-only";
import { prisma } from "@/lib/db/prisma";

// The parent's cabinet at a glance: their children on record (verified links only) with kindergarten, group and voucher,
// and their queue applications. Scoped to the signed-in person only.
export async function parentOverview(personId: string, today: Date) {
  const [reps, applications] = await Promise.all([
    prisma.legalRepresentative.findMany({
      where: { representativeId: personId, status: "VERIFIED" },
      include: {
        child: {
          include: {
            enrolments: {
              where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
              include: { organization: true, group: true },
              take: 1,
            },
            vouchers: { orderBy: { issuedOn: "desc" }, take: 1 },
          },
        },
      },
      orderBy: { child: { birthDate: "asc" } },
    }),
    prisma.queueApplication.findMany({
      where: { applicantId: personId },
      include: { choices: { include: { organization: true }, orderBy: { rank: "asc" } } },
      orderBy: { submittedAt: "desc" },
    }),
  ]);
  return {
    children: reps.map((r) => ({
      id: r.child.id,
      name: [r.child.lastName, r.child.firstName].filter(Boolean).join(" "),
      birthDate: r.child.birthDate,
      relation: r.relation,
      enrolment: r.child.enrolments[0] ?? null,
      voucher: r.child.vouchers[0] ?? null,
    })),
    applications,
  };
}
