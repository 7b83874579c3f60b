import "server-only";
import { prisma } from "@/lib/db/prisma";
import { offerOrder } from "@/lib/queue/places/queue-order";
import { PlaceWindows } from "@/lib/queue/places/place-windows";
import { ratioCounts } from "@/lib/queue/places/ratio-counts";

/** Where a waiting application stands for one of its kindergartens: its turn for that kindergarten's next priority place. */
export type KindergartenPosition = { organizationId: string; position: number; total: number };

// For each kindergarten a waiting application chose: its place in the order in which that kindergarten's
// priority-access places would be offered now (queue-order.ts offerOrder over the cohort's waiting
// applications that chose it, with the referrals already issued this year counting for the 1 : R ratio).
export async function kindergartenPositions(
  app: { id: string; territoryId: string; birthYear: number; choices: { organizationId: string }[] },
  at: Date,
): Promise<KindergartenPosition[]> {
  const windows = new PlaceWindows(prisma);
  return Promise.all(
    app.choices.map(async ({ organizationId }) => {
      const [org, settings, others] = await Promise.all([
        windows.org(organizationId),
        windows.settingsOf(organizationId),
        prisma.queueApplication.findMany({
          where: {
            status: "WAITING",
            territoryId: app.territoryId,
            birthYear: app.birthYear,
            choices: { some: { organizationId } },
          },
          select: { id: true, number: true, priority: true, submittedAt: true },
        }),
      ]);
      const counts = await ratioCounts(app.territoryId, app.birthYear, at, org.timeZone);
      const order = offerOrder(others, counts, settings.priorityRatioGeneral);
      return { organizationId, position: order.findIndex((o) => o.id === app.id) + 1, total: order.length };
    }),
  );
}
