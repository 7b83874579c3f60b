// Monthly timesheets (Sept 2026 → the month before "today"), parents' confirmations with a
// frozen snapshot and its SHA-256, disputes, and the vouchers they decide (SPEC §1.4).
import { canonicalJson, makeSnapshot, snapshotHash, type TimesheetSnapshot } from "@/lib/timesheet/snapshot";
import type { Prisma, TimesheetStatus, VoucherStatus } from "@/lib/generated/prisma/client";
import { addDays, formatYmd } from "@/lib/calendar/zone";
import { makeDefaultCalendar } from "@/lib/calendar/working-days";
import { decideBy } from "@/lib/timesheet/dispute-rules";
import { at, day, insertMany, type MarkInfo, type SeedContext } from "./context";
import { ATTENDANCE_FROM } from "./attendance";

export {
  canonicalJson,
  snapshotHash,
  type SnapshotDay,
  type TimesheetSnapshot,
} from "@/lib/timesheet/snapshot";

type Month = { year: number; month: number; windowFrom: string; windowTo: string; state: "closed" | "open" };

// Months whose timesheets exist on "today": over, with the confirmation window open or closed.
export function timesheetMonths(today: string): Month[] {
  const out: Month[] = [];
  let y = Number(ATTENDANCE_FROM.slice(0, 4));
  let m = Number(ATTENDANCE_FROM.slice(5, 7));
  for (;;) {
    const ny = m === 12 ? y + 1 : y;
    const nm = m === 12 ? 1 : m + 1;
    const windowFrom = formatYmd(ny, nm, 1);
    const windowTo = formatYmd(ny, nm, 10);
    if (today < windowFrom) break;
    out.push({ year: y, month: m, windowFrom, windowTo, state: today > windowTo ? "closed" : "open" });
    y = ny;
    m = nm;
  }
  return out;
}

// Fixed statuses of the demo stories for September and October 2026 (closed windows).
const STORY: Record<string, Record<string, TimesheetStatus>> = {
  "parent1-a": { "2026-9": "CONFIRMED", "2026-10": "CONFIRMED" },
  "parent1-b": { "2026-9": "CONFIRMED", "2026-10": "NOT_CONFIRMED" },
  annul: { "2026-9": "NOT_CONFIRMED", "2026-10": "NOT_CONFIRMED" },
  "disputed-answered": { "2026-9": "DISPUTED", "2026-10": "NOT_CONFIRMED" },
  "disputed-open": { "2026-9": "NOT_CONFIRMED", "2026-10": "DISPUTED" },
  withdrawn: { "2026-9": "CONFIRMED", "2026-10": "CONFIRMED" },
  transfer: { "2026-9": "CONFIRMED", "2026-10": "CONFIRMED" },
};

const DISPUTE_REASONS = [
  "Бала осы күндері балабақшада болды, белгі қате қойылған. / Ребёнок в эти дни был в саду, отметка поставлена ошибочно.",
  "Ауырған күндерге анықтама тапсырылған, себеп «дәлелсіз» деп көрсетілген. / Справка о болезни сдавалась, а причина указана как «без уважительной причины».",
  "Демалыс туралы өтініш алдын ала берілген. / Заявление об отпуске подавалось заранее.",
];

// Why the parents of the demo took the kindergarten's rejection to the department (issue 13 §4).
const ESCALATION_REASON =
  "Балабақша тексермей жауап берді, растайтын құжаттарым бар. / Детский сад ответил без проверки, у меня есть подтверждающие документы.";
const REJECTION =
  "Топ журналы мен күзет журналы тексерілді: бала бұл күндері келмеген, табель өзгеріссіз қалады. / Проверены журнал группы и журнал охраны: ребёнок в эти дни не приходил, табель остаётся без изменений.";

export async function seedTimesheets(ctx: SeedContext): Promise<void> {
  const calendar = makeDefaultCalendar(2026, 2028);
  const rng = ctx.rng.fork("timesheets");
  const months = timesheetMonths(ctx.today);
  const timesheets: Prisma.TimesheetCreateManyInput[] = [];
  const confirmations: Prisma.TimesheetConfirmationCreateManyInput[] = [];
  const disputes: Prisma.TimesheetDisputeCreateManyInput[] = [];
  const vouchers: Prisma.VoucherCreateManyInput[] = [];
  const unlinked = ctx.named.get("parent.unlinked")?.id;
  const director = ctx.mainKg.directorId!;

  // A moment inside the window, not later than yesterday.
  const inWindow = (m: Month, lastDay = 10): Date => {
    const last = addDays(m.windowFrom, lastDay - 1);
    const to = last < ctx.yesterday ? last : ctx.yesterday;
    const d = ctx.date(m.windowFrom, to < m.windowFrom ? m.windowFrom : to);
    return at(d, rng.int(8, 22), rng.int(0, 59));
  };

  // The window's day+offset at hh:mm, but never later than yesterday.
  const fixedInWindow = (m: Month, offset: number, hh: number, mm: number): Date => {
    const d = addDays(m.windowFrom, offset);
    return at(d < ctx.yesterday ? d : ctx.yesterday, hh, mm);
  };

  let voucherSeq = 117;
  const byChild = [...ctx.children].sort((x, y) =>
    (x.enrolments[0]!.startsOn + x.id).localeCompare(y.enrolments[0]!.startsOn + y.id),
  );

  for (const ch of byChild) {
    const marks = ctx.marks.get(ch.id) ?? [];
    const signer = ch.parents.find((p) => p.personId !== unlinked) ?? ch.parents[0]!;
    const history: { m: Month; status: TimesheetStatus }[] = [];
    for (const m of months) {
      const prefix = `${m.year}-${String(m.month).padStart(2, "0")}-`;
      const monthStart = `${prefix}01`;
      const monthEnd = addDays(m.windowFrom, -1);
      const orgIds = [
        ...new Set(
          ch.enrolments
            .filter((e) => e.startsOn <= monthEnd && (!e.endsOn || e.endsOn >= monthStart))
            .map((e) => e.orgId),
        ),
      ];
      for (const orgId of orgIds) {
        const days = marks.filter((k: MarkInfo) => k.orgId === orgId && k.date.startsWith(prefix));
        const snapshot: TimesheetSnapshot = {
          childId: ch.id,
          organizationId: ch.kg.id,
          year: m.year,
          month: m.month,
          days: days.map((k) => ({ date: k.date, status: k.status, reason: k.reason })),
        };
        const prev = history[history.length - 1]?.status;
        let status: TimesheetStatus;
        const story = ch.scenario ? STORY[ch.scenario]?.[`${m.year}-${m.month}`] : undefined;
        if (m.state === "closed") {
          status =
            story ??
            rng.weighted<TimesheetStatus>([
              ["CONFIRMED", 82],
              ["NOT_CONFIRMED", 16],
              ["DISPUTED", 0.6],
            ]);
          // Only the demo stories annul a voucher: no other child misses two months in a row.
          if (!story && status === "NOT_CONFIRMED" && prev === "NOT_CONFIRMED") status = "CONFIRMED";
        } else if (story) {
          // Window still open: the demo parents' months wait for them (parent1's first child already confirmed).
          status = ch.scenario === "parent1-a" ? "CONFIRMED" : story === "DISPUTED" ? "DISPUTED" : "OPEN";
        } else {
          status = rng.weighted<TimesheetStatus>([
            ["CONFIRMED", 45],
            ["OPEN", 54],
            ["DISPUTED", 1],
          ]);
        }
        if (days.length === 0 && status !== "NOT_CONFIRMED")
          status = m.state === "closed" ? "CONFIRMED" : "OPEN";
        // On the window's first day nobody has confirmed or disputed yet.
        if (m.state === "open" && ctx.today === m.windowFrom) status = "OPEN";
        history.push({ m, status });
        const story0 = ctx.childStory.get(ch.id) ?? { timesheets: [] };
        story0.timesheets.push(`${m.year}-${String(m.month).padStart(2, "0")} ${status}`);
        ctx.childStory.set(ch.id, story0);

        const id = ctx.ids.next();
        const ts = {
          id,
          childId: ch.id,
          organizationId: orgId,
          year: m.year,
          month: m.month,
          status,
          createdAt: at(m.windowFrom, 0, 5),
          updatedAt: status === "NOT_CONFIRMED" ? at(addDays(m.windowTo, 1), 0, 5) : at(m.windowFrom, 0, 5),
        };
        timesheets.push(ts);
        if (status === "CONFIRMED") {
          const canonical = JSON.parse(canonicalJson(makeSnapshot(snapshot))) as Prisma.InputJsonValue;
          const signedAt =
            ch.scenario === "parent1-a" || ch.scenario === "parent1-b"
              ? fixedInWindow(m, 2, 20, 14)
              : inWindow(m);
          ts.updatedAt = signedAt;
          confirmations.push({
            id: ctx.ids.next(),
            timesheetId: id,
            signerId: signer.personId,
            method: "OTP",
            snapshot: canonical,
            snapshotHash: snapshotHash(snapshot),
            signedAt,
          });
        } else if (status === "DISPUTED") {
          const absent = days.filter((k) => k.status === "ABSENT").map((k) => k.date);
          const disputedDays =
            ch.scenario === "disputed-answered"
              ? ["2026-09-15", "2026-09-16"]
              : ch.scenario === "disputed-open"
                ? ["2026-10-20", "2026-10-21", "2026-10-22"]
                : rng.sample(absent, Math.min(2, absent.length));
          const createdAt = ch.scenario
            ? fixedInWindow(m, ch.scenario === "disputed-answered" ? 4 : 6, 19, 40)
            : inWindow(m, 8);
          const answered = ch.scenario === "disputed-answered" || (!ch.scenario && rng.chance(0.5));
          // An answered dispute was rejected (the answer says the marks stand) and, a day later, taken to
          // the education department, which has not decided yet: the month stays excused. One answered
          // too recently to have been escalated by "today" is still within its grace period (excused too).
          const answeredAt = answered ? new Date(createdAt.getTime() + 2 * 86_400_000 + 3 * 3_600_000) : null;
          const escalatedAt = answeredAt ? new Date(answeredAt.getTime() + 86_400_000) : null;
          const escalated = !!escalatedAt && escalatedAt < at(ctx.today, 0);
          ts.updatedAt = createdAt;
          disputes.push({
            id: ctx.ids.next(),
            timesheetId: id,
            parentId: signer.personId,
            reason:
              ch.scenario === "disputed-answered"
                ? DISPUTE_REASONS[0]!
                : ch.scenario === "disputed-open"
                  ? DISPUTE_REASONS[1]!
                  : rng.pick(DISPUTE_REASONS),
            days: disputedDays,
            createdAt,
            answer: answered ? REJECTION : null,
            answeredById: answered ? (ch.kg.id === ctx.mainKg.id ? director : ch.kg.directorId!) : null,
            answeredAt,
            status: escalated ? "ESCALATED" : answered ? "REJECTED" : "OPEN",
            ...(escalated
              ? {
                  escalatedAt,
                  escalationReason: ESCALATION_REASON,
                  decideBy: decideBy(escalatedAt!, calendar, "Asia/Almaty"), // every demo kindergarten is in Almaty time
                }
              : {}),
          });
        }
      }
    }

    // Voucher: issued before the first enrolment; annulled after two consecutive closed months not confirmed.
    if (!ch.kg.voucher) continue;
    const first = ch.enrolments[0]!;
    const issuedOn = addDays(first.startsOn, -rng.int(7, 25));
    voucherSeq += rng.int(1, 4);
    let status: VoucherStatus = "ACTIVE";
    let annulledAt: Date | null = null;
    let annulReason: string | null = null;
    for (let i = 1; i < history.length; i++) {
      const [p, c] = [history[i - 1]!, history[i]!];
      if (
        p.m.state === "closed" &&
        c.m.state === "closed" &&
        p.status === "NOT_CONFIRMED" &&
        c.status === "NOT_CONFIRMED"
      ) {
        status = "ANNULLED";
        annulledAt = at(addDays(c.m.windowTo, 1), 0, 5);
        annulReason = `Табель қатарынан екі ай расталмады (${p.m.month}.${p.m.year}, ${c.m.month}.${c.m.year}). / Табель не подтверждён два месяца подряд (${String(p.m.month).padStart(2, "0")}.${p.m.year}, ${String(c.m.month).padStart(2, "0")}.${c.m.year}).`;
        break;
      }
    }
    if (ch.scenario === "withdrawn") status = "CLOSED";
    const atRisk =
      status === "ACTIVE" &&
      history.length > 0 &&
      history[history.length - 1]!.m.state === "closed" &&
      history[history.length - 1]!.status === "NOT_CONFIRMED";
    const number = `V-${issuedOn.slice(0, 4)}-${String(voucherSeq).padStart(6, "0")}`;
    const story1 = ctx.childStory.get(ch.id) ?? { timesheets: [] };
    story1.voucher = `${number} ${status}${atRisk ? " (at risk: last month not confirmed)" : ""}`;
    ctx.childStory.set(ch.id, story1);
    vouchers.push({
      id: ctx.ids.next(),
      number,
      childId: ch.id,
      organizationId: ch.kg.id,
      status,
      issuedOn: day(issuedOn),
      annulledAt,
      annulReason,
      createdAt: at(issuedOn, 11),
    });
  }

  await insertMany(timesheets, (c) => ctx.db.timesheet.createMany({ data: c }));
  await insertMany(confirmations, (c) => ctx.db.timesheetConfirmation.createMany({ data: c }), 1000);
  await ctx.db.timesheetDispute.createMany({ data: disputes });
  await insertMany(vouchers, (c) => ctx.db.voucher.createMany({ data: c }));
  ctx.count("timesheets", timesheets.length);
  ctx.count("timesheetConfirmations", confirmations.length);
  ctx.count("timesheetDisputes", disputes.length);
  ctx.count("vouchers", vouchers.length);
  for (const s of ["CONFIRMED", "NOT_CONFIRMED", "DISPUTED", "OPEN"] as const)
    ctx.counts[`timesheets.${s}`] = timesheets.filter((t) => t.status === s).length;
  for (const s of ["ACTIVE", "ANNULLED", "CLOSED"] as const)
    ctx.counts[`vouchers.${s}`] = vouchers.filter((v) => v.status === s).length;
}
