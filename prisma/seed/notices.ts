// Absence notices: one per absence with an unknown reason in the last week (sent to the parents;
// one already answered) and a planned absence announced by the demo parent for next week.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, dayOfWeek } from "@/lib/calendar/zone";
import { at, day, type SeedContext } from "./context";

export async function seedNotices(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng.fork("notices");
  const rows: Prisma.AbsenceNoticeCreateManyInput[] = [];
  const unlinked = ctx.named.get("parent.unlinked")?.id;
  let answeredOne = false;

  for (const ch of ctx.children) {
    for (const m of ctx.marks.get(ch.id) ?? []) {
      if (m.reason !== "UNKNOWN") continue;
      const parent = ch.parents.find((p) => p.personId !== unlinked) ?? ch.parents[0]!;
      const answer: boolean = !answeredOne && ch.scenario === undefined;
      answeredOne ||= answer;
      rows.push({
        id: ctx.ids.next(),
        kind: "UNEXPLAINED",
        status: answer ? "ANSWERED" : "SENT",
        childId: ch.id,
        organizationId: m.orgId,
        groupId: m.groupId,
        dateFrom: day(m.date),
        dateTo: day(m.date),
        reason: "UNKNOWN",
        comment: "Бала бүгін келмеді, себебін көрсетіңіз. / Ребёнок сегодня не пришёл, укажите причину.",
        createdById: m.markedById,
        createdAt: at(m.date, 10, rng.int(0, 30)),
        answeredById: answer ? parent.personId : null,
        answeredAt: answer ? at(m.date, 18, 45) : null,
        answerReason: answer ? "ILLNESS_UNCERTIFIED" : null,
        answerComment: answer
          ? "Баланың температурасы көтерілді, үйде қалдырдық. / Поднялась температура, оставили дома."
          : null,
      });
    }
  }

  // Planned absence by the demo parent: Monday–Tuesday of next week.
  const a = ctx.child("parent1-a");
  const parent1 = ctx.named.get("parent1");
  if (a && parent1) {
    let monday = addDays(ctx.today, 1);
    while (dayOfWeek(monday) !== 1) monday = addDays(monday, 1);
    const e = a.enrolments[a.enrolments.length - 1]!;
    rows.push({
      id: ctx.ids.next(),
      kind: "PLANNED",
      status: "SENT",
      childId: a.id,
      organizationId: e.orgId,
      groupId: e.groupId,
      dateFrom: day(monday),
      dateTo: day(addDays(monday, 1)),
      reason: "FAMILY",
      comment: "Әжесінің мерейтойына Астанаға барамыз. / Едем на юбилей бабушки в Астану.",
      createdById: parent1.id,
      createdAt: at(ctx.yesterday, 20, 5),
    });
  }

  await ctx.db.absenceNotice.createMany({ data: rows });
  ctx.count("absenceNotices", rows.length);
}
