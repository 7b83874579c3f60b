// The queue: ~40 applications across the districts (birth years 2021–2025) with choices,
// priorities and history; places released to the queue with their protocol; referrals;
// the 2027 summer-recruitment schedule of the Kokshetau department (SPEC §4, seed 003).
import type {
  GroupLanguage,
  PriorityCategory,
  Prisma,
  ProtocolEventKind,
  QueueStatus,
} from "@/lib/generated/prisma/client";
import { addDays, localDate, localParts } from "@/lib/calendar/zone";
import { makeIin } from "@/lib/iin/iin";
import { acceptDeadline, addMonthsClamped } from "@/lib/voucher/life-rules";
import { at, day, DEMO_IINS, type KgInfo, type PersonRow, type SeedContext } from "./context";
import { pickFatherName, pickSurname, type Ethnicity } from "./names";

type AppInfo = {
  id: string;
  birthYear: number;
  language: GroupLanguage;
  territory: string;
  priority: PriorityCategory;
  submittedAt: Date;
  applicant: PersonRow;
  child: PersonRow;
};

const localStamp = (d: Date) => {
  const p = localParts(d, "Asia/Almaty");
  return `${localDate(d, "Asia/Almaty")} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")} Asia/Almaty`;
};

const PER_DISTRICT: Record<string, number> = {
  kokshetau: 14,
  esil: 5,
  zhaksy: 5,
  zharkaiyn: 5,
  zerendi: 6,
  korgalzhyn: 5,
};

export async function seedQueue(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng.fork("queue");
  const apps: Prisma.QueueApplicationCreateManyInput[] = [];
  const choices: Prisma.QueueApplicationChoiceCreateManyInput[] = [];
  const history: Prisma.QueueHistoryEntryCreateManyInput[] = [];
  const reps: Prisma.LegalRepresentativeCreateManyInput[] = [];
  const mobile: Prisma.MobileCitizenCreateManyInput[] = [];
  const places: Prisma.PlaceCreateManyInput[] = [];
  const referrals: Prisma.ReferralCreateManyInput[] = [];
  const events: Prisma.ProtocolEventCreateManyInput[] = [];
  const infos: AppInfo[] = [];
  const statusOf = new Map<string, { status: QueueStatus; stopListUntil?: Date }>();
  let appSeq = 1040;
  let refSeq = 310;

  // n-th working day before today (n ≥ 1).
  const wd = (n: number): string => {
    let d = ctx.today;
    for (let left = n; left > 0;) {
      d = addDays(d, -1);
      if (ctx.calendar.isWorkingDay(d)) left--;
    }
    return d;
  };
  const plusWd = (ymd: string, n: number) => ctx.calendar.addWorkingDays(ymd, n);

  const addApp = (o: {
    district: string;
    birthYear: number;
    child?: PersonRow;
    applicant?: PersonRow;
    relation?: string;
    priority?: PriorityCategory;
    language?: GroupLanguage;
    submitted?: string;
    choices?: KgInfo[];
    mobileKnown?: boolean;
  }): AppInfo => {
    const eth: Ethnicity = rng.chance(0.7) ? "kk" : "ru";
    const by = o.birthYear;
    const birthDate =
      by === 2025 ? ctx.date("2025-01-01", "2025-08-31") : ctx.date(`${by}-01-01`, `${by}-12-31`);
    const familySurname = pickSurname(rng, eth);
    const fatherName = pickFatherName(rng, eth);
    const child =
      o.child ??
      ctx.person({
        eth,
        sex: rng.chance(0.5) ? "male" : "female",
        birthDate,
        child: true,
        familySurname,
        fatherName,
        phone: null,
      });
    const relation =
      o.relation ?? (o.priority === "ORPHAN" ? "guardian" : rng.chance(0.8) ? "mother" : "father");
    const applicant =
      o.applicant ??
      ctx.person({
        eth,
        sex: relation === "father" ? "male" : "female",
        phone: true,
        birthDate: ctx.date(`${by - 36}-01-01`, `${by - 22}-12-31`),
        familySurname: relation === "guardian" ? pickSurname(rng, eth) : familySurname,
        firstName: relation === "father" ? fatherName : undefined,
      });
    if (!o.mobileKnown)
      mobile.push({
        id: ctx.ids.next(),
        phone: applicant.phone as string,
        iin: applicant.iin,
        createdAt: at("2024-01-10", 12),
      });
    const childBirth = (child.birthDate as Date).toISOString().slice(0, 10);
    const earliest = addDays(childBirth, 20);
    const latest = addDays(ctx.today, -3);
    const submittedDay =
      o.submitted ??
      ctx.date(earliest, addDays(childBirth, 500) < latest ? addDays(childBirth, 500) : latest);
    const submittedAt = at(submittedDay, rng.int(8, 22), rng.int(0, 59));
    reps.push({
      id: ctx.ids.next(),
      childId: child.id,
      representativeId: applicant.id,
      relation,
      source: "queue",
      createdAt: submittedAt,
    });
    if (!o.child) child.createdAt = child.updatedAt = submittedAt;
    if (!o.applicant) applicant.createdAt = applicant.updatedAt = submittedAt;
    const priority =
      o.priority ??
      rng.weighted<PriorityCategory>([
        ["NONE", 86],
        ["LARGE_FAMILY", 6],
        ["DISABLED_PARENT", 2],
        ["SPECIAL_NEEDS", 2],
        ["OUT_OF_TURN", 2],
      ]);
    const language =
      o.language ??
      rng.weighted<GroupLanguage>([
        ["KK", 60],
        ["RU", 35],
        ["MIXED", 5],
      ]);
    const id = ctx.ids.next();
    const kgs =
      o.choices ??
      rng.sample(
        ctx.kindergartens.filter((k) => k.districtCode === o.district),
        rng.int(1, 3),
      );
    kgs.forEach((k, i) => choices.push({ applicationId: id, organizationId: k.id, rank: i + 1 }));
    apps.push({
      id,
      number: "",
      childId: child.id,
      applicantId: applicant.id,
      territoryId: ctx.territories.get(o.district)!,
      birthYear: by,
      language,
      priority,
      priorityConfirmedAt: priority === "NONE" ? null : new Date(submittedAt.getTime() + 2 * 86_400_000),
      phone: applicant.phone as string,
      wantsVoucher: rng.chance(0.85),
      status: "WAITING",
      submittedAt,
      createdAt: submittedAt,
    });
    history.push({
      applicationId: id,
      event: "submitted",
      details: { choices: kgs.map((k) => k.slug), language, priority },
      at: submittedAt,
    });
    if (priority !== "NONE")
      history.push({
        applicationId: id,
        event: "priority_confirmed",
        details: { priority },
        at: new Date(submittedAt.getTime() + 2 * 86_400_000),
      });
    const info: AppInfo = {
      id,
      birthYear: by,
      language,
      territory: o.district,
      priority,
      submittedAt,
      applicant,
      child,
    };
    infos.push(info);
    return info;
  };

  // ── Parent 2's younger son, born 2024, with a referral to the main kindergarten.
  const main = ctx.mainKg;
  const parent2 = ctx.named.get("parent2")!;
  const matvey = ctx.person({
    eth: "ru",
    sex: "male",
    birthDate: "2024-06-15",
    iin: DEMO_IINS.matvey,
    child: true,
    lastName: "Смирнов",
    firstName: "Матвей",
    middleName: "Андреевич",
    phone: null,
  });
  const mother2 = ctx.named.get("parent2.mother");
  const appMatvey = addApp({
    district: "kokshetau",
    birthYear: 2024,
    child: matvey,
    applicant: parent2,
    relation: "father",
    priority: "NONE",
    language: "RU",
    submitted: "2024-08-02",
    choices: [main, ctx.kindergartens.find((k) => k.slug === "kokshetau-akbota")!],
    mobileKnown: true,
  });
  if (mother2)
    reps.push({
      id: ctx.ids.next(),
      childId: matvey.id,
      representativeId: mother2.id,
      relation: "mother",
      source: "queue",
      createdAt: at("2024-08-02", 12),
    });

  // ── Everyone else; a few guaranteed priority categories.
  const forced: PriorityCategory[] = ["LARGE_FAMILY", "LARGE_FAMILY", "ORPHAN", "OUT_OF_TURN", "OUT_OF_TURN"];
  for (const [district, n] of Object.entries(PER_DISTRICT)) {
    const count = district === "kokshetau" ? n - 1 : n;
    for (let i = 0; i < count; i++) {
      const priority = i === 1 ? forced.shift() : undefined;
      // The lapsed-referral story needs a plain 2022–2024 application in Kokshetau (i === 2).
      const birthYear =
        priority || (district === "kokshetau" && i === 2)
          ? rng.pick([2022, 2023])
          : i === 0 && district !== "kokshetau"
            ? 2021 // five-year-olds still waiting in the districts
            : rng.weighted<number>([
                [2021, 1],
                [2022, 2],
                [2023, 3],
                [2024, 4],
                [2025, 3],
              ]);
      addApp({
        district,
        birthYear,
        priority: priority ?? (district === "kokshetau" && i === 2 ? "NONE" : undefined),
      });
    }
  }
  await ctx.flushPersons();

  // ── Places and the protocol.
  const kgBySlug = (slug: string) => ctx.kindergartens.find((k) => k.slug === slug)!;
  const groupFor = (kg: KgInfo, by: number, lang: GroupLanguage) =>
    kg.groups.find((g) => g.birthYearFrom <= by && by <= g.birthYearTo && g.language === lang) ??
    kg.groups.find((g) => g.birthYearFrom <= by && by <= g.birthYearTo);
  type Step = { kind: ProtocolEventKind; at: Date; details?: Record<string, unknown> };
  const addPlace = (
    kg: KgInfo,
    birthYear: number,
    language: GroupLanguage,
    steps: Step[],
    final: Prisma.PlaceCreateManyInput["status"],
  ) => {
    const id = ctx.ids.next();
    const g = groupFor(kg, birthYear, language);
    const released = steps[0]!.at;
    const general = steps.find((s) => s.kind === "MOVED_TO_GENERAL")?.at ?? null;
    const taken = [...steps].reverse().find((s) => s.kind === "TAKEN")?.at ?? null;
    const withdrawn = steps.find((s) => s.kind === "WITHDRAWN")?.at ?? null;
    places.push({
      id,
      organizationId: kg.id,
      groupId: g?.id ?? null,
      birthYear,
      language,
      status: final,
      releasedAt: released,
      generalFrom: general,
      takenAt: final === "TAKEN" ? taken : null,
      withdrawnAt: withdrawn,
      version: steps.length - 1,
    });
    for (const s of steps)
      events.push({
        placeId: id,
        organizationId: kg.id,
        kind: s.kind,
        at: s.at,
        details: { birthYear, language, group: g?.name ?? null, ...s.details } as Prisma.InputJsonValue,
      });
    return id;
  };
  // A place moves to general access at 18:00 (the protocol's daily update) of the 3rd working day after release.
  const generalAt = (releaseDay: string) => at(plusWd(releaseDay, 3), 18, 0);
  const refer = (
    placeId: string,
    app: AppInfo,
    issuedAt: Date,
    status: "ISSUED" | "ACCEPTED" | "EXPIRED",
    decidedAt?: Date,
  ) => {
    const issuedDay = issuedAt.toISOString().slice(0, 10);
    const number = `N-${issuedDay.slice(0, 4)}-${String((refSeq += rng.int(1, 9))).padStart(6, "0")}`;
    const expiresAt = at(plusWd(issuedDay, 5), 18, 0);
    referrals.push({
      id: ctx.ids.next(),
      number,
      placeId,
      applicationId: app.id,
      status,
      issuedAt,
      expiresAt,
      decidedAt: decidedAt ?? (status === "EXPIRED" ? expiresAt : null),
    });
    history.push({
      applicationId: app.id,
      event: "referral_issued",
      details: { referral: number },
      at: issuedAt,
    });
    if (status === "ACCEPTED")
      history.push({
        applicationId: app.id,
        event: "referral_accepted",
        details: { referral: number },
        at: decidedAt!,
      });
    if (status === "EXPIRED") {
      const until = addDays(expiresAt.toISOString().slice(0, 10), 10);
      history.push({
        applicationId: app.id,
        event: "referral_expired",
        details: { referral: number },
        at: expiresAt,
      });
      history.push({ applicationId: app.id, event: "stop_listed", details: { until }, at: expiresAt });
      statusOf.set(app.id, { status: "WAITING", stopListUntil: at(until, 23, 59) });
    } else statusOf.set(app.id, { status: "REFERRED" });
    return { number, expiresAt };
  };
  const findApp = (district: string, pred: (a: AppInfo) => boolean) =>
    infos.find((a) => a.territory === district && a.id !== appMatvey.id && !statusOf.has(a.id) && pred(a));

  // Open places in priority access (released 1–2 working days ago).
  addPlace(main, 2024, "RU", [{ kind: "RELEASED", at: at(wd(1), 11, 0) }], "PRIORITY");
  addPlace(main, 2023, "KK", [{ kind: "RELEASED", at: at(wd(2), 15, 30) }], "PRIORITY");
  addPlace(kgBySlug("esil-aigolek"), 2022, "KK", [{ kind: "RELEASED", at: at(wd(1), 10, 15) }], "PRIORITY");
  // Open places in general access.
  for (const [slug, by, lang, n] of [
    ["kokshetau-shugyla", 2021, "KK", 6],
    ["zerendi-baldauren", 2022, "RU", 8],
    ["kokshetau-akbota", 2024, "MIXED", 5],
  ] as const) {
    addPlace(
      kgBySlug(slug),
      by,
      lang,
      [
        { kind: "RELEASED", at: at(wd(n), 10, 0) },
        { kind: "MOVED_TO_GENERAL", at: generalAt(wd(n)) },
      ],
      "GENERAL",
    );
  }
  // Taken in general access by parent 2's son: referral issued yesterday, valid 5 working days.
  {
    const rel = wd(5);
    const takenAt = at(wd(1), 9, 40);
    const ref = refer("pending", appMatvey, takenAt, "ISSUED");
    referrals[referrals.length - 1]!.placeId = addPlace(
      main,
      2024,
      "RU",
      [
        { kind: "RELEASED", at: at(rel, 10, 30) },
        { kind: "MOVED_TO_GENERAL", at: generalAt(rel) },
        { kind: "TAKEN", at: takenAt, details: { access: "general", referral: ref.number } },
      ],
      "TAKEN",
    );
  }
  // Taken in priority access by a large family, referral accepted.
  const large = findApp("kokshetau", (a) => a.priority !== "NONE") ?? findApp("kokshetau", () => true)!;
  {
    const rel = wd(9);
    const takenAt = at(wd(8), 11, 5);
    const ref = refer("pending", large, takenAt, "ACCEPTED", at(wd(7), 16, 20));
    referrals[referrals.length - 1]!.placeId = addPlace(
      kgBySlug("kokshetau-shugyla"),
      large.birthYear,
      large.language,
      [
        { kind: "RELEASED", at: at(rel, 9, 0) },
        { kind: "TAKEN", at: takenAt, details: { access: "priority", referral: ref.number } },
      ],
      "TAKEN",
    );
  }
  // Taken in priority access by an orphan's guardian, referral issued yesterday.
  const orphan =
    infos.find((a) => a.priority === "ORPHAN" && !statusOf.has(a.id)) ?? findApp("zerendi", () => true)!;
  {
    const kg =
      ctx.kindergartens.find(
        (k) =>
          k.districtCode === orphan.territory &&
          k.groups.some((g) => g.birthYearFrom <= orphan.birthYear && orphan.birthYear <= g.birthYearTo),
      ) ?? ctx.kindergartens.find((k) => k.districtCode === orphan.territory)!;
    const rel = wd(2);
    const takenAt = at(wd(1), 14, 10);
    const ref = refer("pending", orphan, takenAt, "ISSUED");
    referrals[referrals.length - 1]!.placeId = addPlace(
      kg,
      orphan.birthYear,
      orphan.language,
      [
        { kind: "RELEASED", at: at(rel, 12, 0) },
        { kind: "TAKEN", at: takenAt, details: { access: "priority", referral: ref.number } },
      ],
      "TAKEN",
    );
  }
  // Taken, referral lapsed (applicant on the 10-day stop list), then withdrawn by the kindergarten.
  const lapsed = findApp(
    "kokshetau",
    (a) => a.priority === "NONE" && a.birthYear >= 2022 && a.birthYear <= 2023,
  )!;
  {
    const rel = wd(15);
    const takenAt = at(wd(11), 10, 50);
    const ref = refer("pending", lapsed, takenAt, "EXPIRED");
    referrals[referrals.length - 1]!.placeId = addPlace(
      kgBySlug("kokshetau-akbota"),
      lapsed.birthYear,
      lapsed.language,
      [
        { kind: "RELEASED", at: at(rel, 10, 0) },
        { kind: "MOVED_TO_GENERAL", at: generalAt(rel) },
        { kind: "TAKEN", at: takenAt, details: { access: "general", referral: ref.number } },
        { kind: "EXPIRED", at: ref.expiresAt, details: { referral: ref.number } },
        {
          kind: "WITHDRAWN",
          at: at(plusWd(ref.expiresAt.toISOString().slice(0, 10), 1), 12, 0),
          details: { reason: "Топтарды біріктіру / Объединение групп" },
        },
      ],
      "WITHDRAWN",
    );
  }
  // One application inactive: the voucher was not accepted within 2 working days.
  const inactive = findApp("zharkaiyn", () => true)!;
  let inactiveSince: Date | null = null;
  {
    const d = wd(12);
    inactiveSince = at(d, 18, 0);
    history.push({
      applicationId: inactive.id,
      event: "inactive",
      details: { reason: "voucher_not_accepted", restorableUntil: addDays(d, 28) },
      at: at(d, 18, 0),
    });
    statusOf.set(inactive.id, { status: "INACTIVE" });
  }
  // Numbers follow the order of submission.
  apps.sort((x, y) => (x.submittedAt as Date).getTime() - (y.submittedAt as Date).getTime());
  for (const a of apps) {
    a.number = `Q-${(a.submittedAt as Date).toISOString().slice(0, 4)}-${String((appSeq += rng.int(3, 60))).padStart(6, "0")}`;
    const s = statusOf.get(a.id as string);
    if (s) {
      a.status = s.status;
      a.stopListUntil = s.stopListUntil ?? null;
    }
    if (a.id === inactive.id) a.inactiveSince = inactiveSince;
  }
  history.sort((x, y) => (x.at as Date).getTime() - (y.at as Date).getTime());
  events.sort((x, y) => (x.at as Date).getTime() - (y.at as Date).getTime());

  // ── Summer recruitment 2027 (the Temirtau pattern of seed 003, moved to 2027) for Kokshetau.
  const kokshetau = ctx.districts.get("kokshetau")!;
  const schedules: Prisma.RecruitmentScheduleCreateManyInput[] = [];
  const sched = (birthYear: number, pf: string, pt: string, g: string) => {
    const id = ctx.ids.next();
    schedules.push({
      id,
      authorityId: kokshetau.id,
      year: 2027,
      birthYear,
      priorityFrom: day(pf),
      priorityTo: day(pt),
      generalFrom: day(g),
    });
    return id;
  };
  sched(2024, "2027-06-03", "2027-06-05", "2027-06-06");
  const s2023 = sched(2023, "2027-06-10", "2027-06-12", "2027-06-13");
  sched(2022, "2027-06-17", "2027-06-19", "2027-06-20");
  sched(2025, "2027-06-17", "2027-06-19", "2027-06-20");

  await ctx.db.queueApplication.createMany({ data: apps });
  await ctx.db.queueApplicationChoice.createMany({ data: choices });
  await ctx.db.queueHistoryEntry.createMany({ data: history });
  await ctx.db.legalRepresentative.createMany({ data: reps });
  await ctx.db.mobileCitizen.createMany({ data: mobile, skipDuplicates: true });
  await ctx.db.place.createMany({ data: places });
  await ctx.db.referral.createMany({ data: referrals });
  await ctx.db.protocolEvent.createMany({ data: events });
  await ctx.db.recruitmentSchedule.createMany({ data: schedules });
  await ctx.db.recruitmentShift.create({
    data: {
      id: ctx.ids.next(),
      scheduleId: s2023,
      organizationId: kgBySlug("kokshetau-shugyla").id,
      priorityFrom: day("2027-06-14"),
      priorityTo: day("2027-06-16"),
      generalFrom: day("2027-06-17"),
      reason: "Ағымдағы жөндеу / Текущий ремонт",
    },
  });
  await seedIssuedVoucher(ctx, wd(1));
  ctx.count("queueApplications", apps.length);
  ctx.count("queueChoices", choices.length);
  ctx.count("queueHistory", history.length);
  ctx.count("legalRepresentatives", reps.length);
  ctx.count("mobileCitizens", mobile.length);
  ctx.count("places", places.length);
  ctx.count("referrals", referrals.length);
  ctx.count("protocolEvents", events.length);
  ctx.count("recruitmentSchedules", schedules.length);
  ctx.count("recruitmentShifts", 1);
  const p2 = ctx.signIns.find((s) => s.role === "parent2");
  const matveyApp = apps.find((x) => x.id === appMatvey.id)!;
  const matveyRef = referrals.find((r) => r.applicationId === appMatvey.id);
  p2?.children?.push({
    id: matvey.id,
    name: ctx.fullName(matvey),
    iin: matvey.iin,
    kindergarten: main.nameRu,
    bound: false,
    queue: `${matveyApp.number} ${matveyApp.status}${matveyRef ? `, referral ${matveyRef.number} ${matveyRef.status} until ${localStamp(matveyRef.expiresAt as Date)}` : ""}`,
  });
}

// The demo parent's (Жұмабаева Әсем's) third child, Ерасыл, 20 months old, waiting in the Kokshetau queue
// for «Балапан» with a voucher ISSUED on the previous working day, to accept within 2 working days
// (docs/DEMO.md; tests/e2e/voucher-life.spec.ts). Written after every random draw of the queue, with
// fixed ids, so the rest of the demo stays the same.
async function seedIssuedVoucher(ctx: SeedContext, issueDay: string) {
  const mother = ctx.named.get("parent1");
  if (!mother) return;
  const birth = addMonthsClamped(ctx.today, -20);
  const submittedAt = at(addDays(birth, 40), 10, 15);
  const issuedAt = at(issueDay, 10, 0);
  const child = await ctx.db.person.create({
    data: {
      id: "demo-voucher-child",
      iin: makeIin(day(birth), "male", 5311),
      lastName: "Жұмабаев",
      firstName: "Ерасыл",
      middleName: "Дәуренұлы",
      birthDate: day(birth),
      sex: "MALE",
      createdAt: submittedAt,
      updatedAt: submittedAt,
    },
  });
  await ctx.db.legalRepresentative.create({
    data: {
      childId: child.id,
      representativeId: mother.id,
      relation: "mother",
      source: "queue",
      createdAt: submittedAt,
    },
  });
  const app = await ctx.db.queueApplication.create({
    data: {
      id: "demo-voucher-application",
      number: `Q-${birth.slice(0, 4)}-090001`,
      childId: child.id,
      applicantId: mother.id,
      territoryId: ctx.territories.get("kokshetau")!,
      birthYear: Number(birth.slice(0, 4)),
      language: "KK",
      priority: "NONE",
      phone: mother.phone as string,
      wantsVoucher: true,
      status: "WAITING",
      submittedAt,
      createdAt: submittedAt,
      choices: { create: [{ organizationId: ctx.mainKg.id, rank: 1 }] },
    },
  });
  const [row] = await ctx.db.$queryRaw<{ n: number | null }[]>`
    SELECT max(substring(number from '^V-[0-9]{4}-([0-9]+)$')::int) AS n FROM "Voucher" WHERE number LIKE ${`V-${issueDay.slice(0, 4)}-%`}`;
  const number = `V-${issueDay.slice(0, 4)}-${String((row?.n ?? 0) + 1).padStart(6, "0")}`;
  const acceptBy = acceptDeadline(issuedAt, ctx.calendar.isWorkingDay);
  await ctx.db.voucher.create({
    data: {
      id: "demo-voucher-issued",
      number,
      childId: child.id,
      applicationId: app.id,
      status: "ISSUED",
      issuedOn: day(issueDay),
      issuedAt,
      acceptBy,
      createdAt: issuedAt,
    },
  });
  await ctx.db.queueHistoryEntry.createMany({
    data: [
      {
        applicationId: app.id,
        event: "submitted",
        details: { choices: [ctx.mainKg.slug], language: "KK", priority: "NONE" },
        at: submittedAt,
      },
      {
        applicationId: app.id,
        event: "voucher_issued",
        details: { voucher: number, until: acceptBy.toISOString() },
        at: issuedAt,
      },
    ],
  });
  ctx.count("vouchers.ISSUED", 1);
  const p1 = ctx.signIns.find((s) => s.role === "parent");
  p1?.children?.push({
    id: child.id,
    name: "Жұмабаев Ерасыл",
    iin: child.iin!,
    kindergarten: ctx.mainKg.nameRu,
    bound: true,
    queue: `${app.number} WAITING, voucher ${number} ISSUED, accept by ${acceptBy.toISOString()}`,
  });
}
