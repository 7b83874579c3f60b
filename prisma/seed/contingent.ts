// Contingent: children enrolled by order into groups (with a transfer and a withdrawal), their
// parents as legal representatives, the mobile-citizens (БМГ) rows, and the demo parents.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/calendar/zone";
import {
  at,
  day,
  DEMO_IINS,
  insertMany,
  type ChildInfo,
  type EnrolmentInfo,
  type GroupInfo,
  type KgInfo,
  type ParentLink,
  type PersonRow,
  type SeedContext,
} from "./context";
import { pickFatherName, pickSurname, type Ethnicity, type SexCode } from "./names";

export const PARENT1_PHONE = "+77010000001";
export const PARENT2_PHONE = "+77010000002";
export const UNLINKED_PHONE = "+77010000003";

export const TRANSFER_DATE = "2026-10-15";
export const WITHDRAWAL_DATE = "2026-10-30";

type ChildSpec = {
  eth: Ethnicity;
  sex: SexCode;
  birthDate: string;
  iin?: string;
  firstName?: string;
  familySurname?: string;
  fatherName?: string;
  startsOn?: string;
  scenario?: string;
  parents?: PersonRow[];
  relations?: ("mother" | "father")[];
};

export async function seedContingent(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng;
  const enrolments: Prisma.EnrolmentCreateManyInput[] = [];
  const reps: Prisma.LegalRepresentativeCreateManyInput[] = [];
  const mobile: Prisma.MobileCitizenCreateManyInput[] = [];
  const users: Prisma.UserCreateManyInput[] = [];
  const bindings: Prisma.ChildBindingCreateManyInput[] = [];
  const unlinked = new Set<string>();
  const orderNo = new Map<string, number>(); // per kindergarten
  const orders = new Map<string, { number: string; date: string }>(); // kg|startsOn → order

  const orderFor = (kg: KgInfo, startsOn: string) => {
    const key = `${kg.id}|${startsOn}`;
    let o = orders.get(key);
    if (!o) {
      const n = (orderNo.get(kg.id) ?? rng.int(20, 60)) + rng.int(1, 9);
      orderNo.set(kg.id, n);
      let d = addDays(startsOn, -rng.int(1, 4));
      while (!ctx.calendar.isWorkingDay(d)) d = addDays(d, -1);
      o = { number: `№ ${n}-ө`, date: d };
      orders.set(key, o);
    }
    return o;
  };

  const defaultStart = (g: GroupInfo): string => {
    const y = g.birthYearTo;
    const choices: string[] =
      y >= 2024
        ? ["2026-09-01"]
        : y === 2023
          ? ["2025-09-01", "2025-09-01", "2026-09-01"]
          : y === 2022
            ? ["2024-09-02", "2025-09-01", "2025-09-01", "2026-09-01"]
            : ["2023-09-01", "2024-09-02", "2024-09-02", "2025-09-01", "2026-09-01"];
    let s = rng.pick(choices);
    // Some children come during the year, from a referral.
    if (rng.chance(0.05)) {
      let d = ctx.date("2026-09-07", "2026-10-30");
      while (!ctx.calendar.isWorkingDay(d)) d = addDays(d, 1);
      if (d < ctx.today) s = d;
    }
    return s;
  };

  const makeParents = (
    eth: Ethnicity,
    familySurname: string,
    fatherName: string,
    childBirth: string,
  ): { parents: PersonRow[]; relations: ("mother" | "father")[] } => {
    const by = Number(childBirth.slice(0, 4));
    const parents: PersonRow[] = [];
    const relations: ("mother" | "father")[] = [];
    const motherEth: Ethnicity = rng.chance(0.9) ? eth : eth === "kk" ? "ru" : "kk";
    parents.push(
      ctx.person({
        eth: motherEth,
        sex: "female",
        birthDate: ctx.date(`${by - 38}-01-01`, `${by - 21}-12-31`),
        phone: true,
        familySurname: rng.chance(0.8) ? familySurname : pickSurname(rng, motherEth),
      }),
    );
    relations.push("mother");
    if (rng.chance(0.8)) {
      parents.push(
        ctx.person({
          eth,
          sex: "male",
          birthDate: ctx.date(`${by - 40}-01-01`, `${by - 22}-12-31`),
          phone: true,
          familySurname,
          firstName: fatherName,
        }),
      );
      relations.push("father");
    }
    return { parents, relations };
  };

  const addChild = (kg: KgInfo, g: GroupInfo, s: ChildSpec): ChildInfo => {
    const familySurname = s.familySurname ?? pickSurname(rng, s.eth);
    const fatherName = s.fatherName ?? pickFatherName(rng, s.eth);
    const p = ctx.person({
      eth: s.eth,
      sex: s.sex,
      birthDate: s.birthDate,
      iin: s.iin,
      child: true,
      firstName: s.firstName,
      familySurname,
      fatherName,
      phone: null,
    });
    const fam = s.parents
      ? { parents: s.parents, relations: s.relations! }
      : makeParents(s.eth, familySurname, fatherName, s.birthDate);
    const links: ParentLink[] = fam.parents.map((pp, i) => ({
      personId: pp.id,
      relation: fam.relations[i]!,
      phone: pp.phone as string,
      iin: pp.iin,
    }));
    for (const l of links) {
      reps.push({
        id: ctx.ids.next(),
        childId: p.id,
        representativeId: l.personId,
        relation: l.relation,
        source: "contingent",
        createdAt: at("2026-08-20", 9),
      });
      if (!kg.parentIds.includes(l.personId)) kg.parentIds.push(l.personId);
    }
    const startsOn = s.startsOn ?? defaultStart(g);
    const o = orderFor(kg, startsOn);
    const e: EnrolmentInfo = { id: ctx.ids.next(), groupId: g.id, orgId: kg.id, startsOn, endsOn: null };
    enrolments.push({
      id: e.id,
      childId: p.id,
      organizationId: kg.id,
      groupId: g.id,
      orderNumber: o.number,
      orderDate: day(o.date),
      startsOn: day(startsOn),
      createdAt: at(o.date, 11),
    });
    const child: ChildInfo = {
      id: p.id,
      iin: p.iin,
      name: ctx.fullName(p),
      birthDate: s.birthDate,
      kg,
      parents: links,
      enrolments: [e],
      scenario: s.scenario,
    };
    ctx.children.push(child);
    return child;
  };

  const birthIn = (g: GroupInfo): string => {
    const y = rng.int(g.birthYearFrom, g.birthYearTo);
    // The pre-school cohort of 2020 still in kindergarten was born in the autumn.
    return y === 2020 ? ctx.date("2020-09-01", "2020-12-31") : ctx.date(`${y}-01-01`, `${y}-12-31`);
  };
  const ethFor = (g: GroupInfo): Ethnicity =>
    g.language === "KK"
      ? rng.chance(0.92)
        ? "kk"
        : "ru"
      : g.language === "RU"
        ? rng.chance(0.55)
          ? "ru"
          : "kk"
        : rng.chance(0.7)
          ? "kk"
          : "ru";

  // ── Demo families of the main kindergarten.
  const main = ctx.mainKg;
  const [g2021kk, g2021ru, g2022mix, g2023kk, g2024ru] = main.groups as [
    GroupInfo,
    GroupInfo,
    GroupInfo,
    GroupInfo,
    GroupInfo,
  ];
  ctx.reservePhone(PARENT1_PHONE);
  const p1 = ctx.person({
    eth: "kk",
    sex: "female",
    lastName: "Жұмабаева",
    firstName: "Әсем",
    middleName: "Ерланқызы",
    birthDate: "1992-07-14",
    iin: DEMO_IINS.parent1,
    phone: PARENT1_PHONE,
    email: "asem.zhumabayeva@mail.kz",
  });
  const p1f = ctx.person({
    eth: "kk",
    sex: "male",
    lastName: "Жұмабаев",
    firstName: "Дәурен",
    middleName: "Асхатұлы",
    birthDate: "1989-03-02",
    phone: true,
  });
  const p2 = ctx.person({
    eth: "ru",
    sex: "male",
    lastName: "Смирнов",
    firstName: "Андрей",
    middleName: "Викторович",
    birthDate: "1990-10-09",
    iin: DEMO_IINS.parent2,
    phone: PARENT2_PHONE,
  });
  const p2m = ctx.person({
    eth: "ru",
    sex: "female",
    lastName: "Смирнова",
    firstName: "Ольга",
    middleName: "Игоревна",
    birthDate: "1993-04-27",
    phone: true,
  });
  const p3 = ctx.person({
    eth: "kk",
    sex: "female",
    lastName: "Қасымова",
    firstName: "Динара",
    middleName: "Маратқызы",
    birthDate: "1995-01-25",
    iin: DEMO_IINS.unlinked,
    phone: UNLINKED_PHONE,
  });
  ctx.named.set("parent1", p1);
  ctx.named.set("parent2", p2);
  ctx.named.set("parent2.mother", p2m);
  ctx.named.set("parent.unlinked", p3);
  unlinked.add(p3.id);
  const a = addChild(main, g2021kk, {
    eth: "kk",
    sex: "male",
    birthDate: "2021-04-12",
    iin: DEMO_IINS.alikhan,
    firstName: "Алихан",
    familySurname: "Жұмабаев",
    fatherName: "Дәурен",
    startsOn: "2024-09-02",
    scenario: "parent1-a",
    parents: [p1, p1f],
    relations: ["mother", "father"],
  });
  const b = addChild(main, g2023kk, {
    eth: "kk",
    sex: "female",
    birthDate: "2023-02-08",
    iin: DEMO_IINS.aiaru,
    firstName: "Айару",
    familySurname: "Жұмабаев",
    fatherName: "Дәурен",
    startsOn: "2025-09-01",
    scenario: "parent1-b",
    parents: [p1, p1f],
    relations: ["mother", "father"],
  });
  const c = addChild(main, g2022mix, {
    eth: "ru",
    sex: "female",
    birthDate: "2022-05-20",
    iin: DEMO_IINS.alisa,
    firstName: "Алиса",
    familySurname: "Смирнов",
    fatherName: "Андрей",
    startsOn: "2025-09-01",
    scenario: "annul",
    parents: [p2, p2m],
    relations: ["father", "mother"],
  });
  addChild(main, g2024ru, {
    eth: "kk",
    sex: "male",
    birthDate: "2024-03-03",
    iin: DEMO_IINS.nurislam,
    firstName: "Нұрислам",
    familySurname: "Қасымов",
    fatherName: "Ерболат",
    startsOn: "2026-09-01",
    scenario: "unlinked",
    parents: [p3],
    relations: ["mother"],
  });

  // ── Everyone else.
  for (const kg of ctx.kindergartens) {
    for (const g of kg.groups) {
      const [lo, hi] = kg.isMain ? [12, 15] : kg.small ? [6, 9] : [9, 13];
      const already = ctx.children.filter((ch) => ch.enrolments[0]!.groupId === g.id).length;
      const n = rng.int(lo, hi) - already;
      for (let i = 0; i < n; i++)
        addChild(kg, g, { eth: ethFor(g), sex: rng.chance(0.5) ? "male" : "female", birthDate: birthIn(g) });
    }
  }

  // ── Scenarios: disputes, a transfer, a withdrawal (main kindergarten).
  const pickIn = (g: GroupInfo) =>
    rng.pick(
      ctx.children.filter(
        (ch) =>
          ch.enrolments[0]!.groupId === g.id && !ch.scenario && ch.enrolments[0]!.startsOn <= "2026-09-01",
      ),
    );
  pickIn(g2021kk).scenario = "disputed-answered";
  pickIn(g2023kk).scenario = "disputed-open";
  if (ctx.today > WITHDRAWAL_DATE) {
    const t = pickIn(g2021ru);
    t.scenario = "transfer";
    const e1 = t.enrolments[0]!;
    e1.endsOn = addDays(TRANSFER_DATE, -1);
    const row1 = enrolments.find((r) => r.id === e1.id)!;
    Object.assign(row1, {
      endsOn: day(e1.endsOn),
      endKind: "TRANSFERRED",
      endOrderNumber: "№ 112-ө",
      endReason:
        "Ата-ананың өтініші бойынша қазақ тілінде оқытылатын топқа ауыстыру / Перевод в группу с казахским языком обучения по заявлению родителей",
    });
    const e2: EnrolmentInfo = {
      id: ctx.ids.next(),
      groupId: g2021kk.id,
      orgId: main.id,
      startsOn: TRANSFER_DATE,
      endsOn: null,
    };
    t.enrolments.push(e2);
    enrolments.push({
      id: e2.id,
      childId: t.id,
      organizationId: main.id,
      groupId: g2021kk.id,
      orderNumber: "№ 112-ө",
      orderDate: day("2026-10-13"),
      startsOn: day(TRANSFER_DATE),
      createdAt: at("2026-10-13", 15),
    });

    const w = pickIn(g2022mix);
    w.scenario = "withdrawn";
    const ew = w.enrolments[0]!;
    ew.endsOn = WITHDRAWAL_DATE;
    Object.assign(
      enrolments.find((r) => r.id === ew.id)!,
      {
        endsOn: day(WITHDRAWAL_DATE),
        endKind: "WITHDRAWN",
        endOrderNumber: "№ 118-ө",
        endReason: "Отбасының басқа қалаға көшуіне байланысты / В связи с переездом семьи в другой город",
      },
    );
  }

  // ── Mobile citizens, parents' accounts, bindings.
  const seenParents = new Set<string>();
  for (const ch of ctx.children) {
    for (const l of ch.parents) {
      if (seenParents.has(l.personId)) continue;
      seenParents.add(l.personId);
      if (!unlinked.has(l.personId))
        mobile.push({ id: ctx.ids.next(), phone: l.phone, iin: l.iin, createdAt: at("2024-01-10", 12) });
      const isDemo = l.personId === p1.id || l.personId === p2.id;
      if (isDemo || rng.chance(0.3)) {
        const id = ctx.ids.next();
        const registeredAt = ctx.notAfterYesterday(
          isDemo
            ? at("2025-09-03", 19, 12)
            : at(ctx.date("2025-09-01", "2026-10-09"), rng.int(8, 21), rng.int(0, 59)),
        );
        users.push({
          id,
          personId: l.personId,
          login: null,
          passwordHash: null,
          registeredAt,
          preferredLocale: rng.pick(["kk", "ru"]),
          createdAt: registeredAt,
        });
        ctx.users.push({ id, method: "OTP", registeredAt });
      }
    }
  }
  for (const ch of [a, b])
    bindings.push({
      id: ctx.ids.next(),
      parentId: p1.id,
      childId: ch.id,
      createdAt: at("2025-09-03", 19, 20),
    });

  await ctx.flushPersons();
  await insertMany(enrolments, (ch) => ctx.db.enrolment.createMany({ data: ch }));
  await insertMany(reps, (ch) => ctx.db.legalRepresentative.createMany({ data: ch }));
  await insertMany(mobile, (ch) => ctx.db.mobileCitizen.createMany({ data: ch }));
  await insertMany(users, (ch) => ctx.db.user.createMany({ data: ch }));
  await ctx.db.childBinding.createMany({ data: bindings });
  ctx.count("children", ctx.children.length);
  ctx.count("enrolments", enrolments.length);
  ctx.count("legalRepresentatives", reps.length);
  ctx.count("mobileCitizens", mobile.length);
  ctx.count("users", users.length);
  ctx.count("childBindings", bindings.length);

  const kid = (ch: ChildInfo, bound: boolean) => ({
    id: ch.id,
    name: ch.name,
    iin: ch.iin,
    kindergarten: ch.kg.nameRu,
    bound,
  });
  ctx.signIns.push(
    {
      role: "parent",
      description: `Parent ${ctx.fullName(p1)}: two children in «Балапан», both already bound to the cabinet`,
      phone: PARENT1_PHONE,
      iin: p1.iin,
      note: "one-time code (SMS goes to the demo outbox)",
      children: [kid(a, true), kid(b, true)],
    },
    {
      role: "parent2",
      description: `Parent ${ctx.fullName(p2)}: a daughter in «Балапан» (not bound yet — bind her by IIN), a son in the queue`,
      phone: PARENT2_PHONE,
      iin: p2.iin,
      note: "one-time code",
      children: [kid(c, false)],
    },
    {
      role: "parent_unlinked",
      description: `Parent ${ctx.fullName(p3)} whose phone is NOT linked to the IIN in the mobile-citizens database (БМГ)`,
      phone: UNLINKED_PHONE,
      iin: p3.iin,
      note: 'sign-in by code is refused with the "not linked in БМГ" error',
    },
  );
}
