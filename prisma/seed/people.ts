// Staff: the authorities' leaders, administrators and employees (with structural units), the
// kindergartens' directors, administrators, educators (bound to groups), nurses; and their accounts.
import type { MemberRole, Prisma, QualificationCategory } from "@/lib/generated/prisma/client";
import {
  at,
  day,
  insertMany,
  type KgInfo,
  type NewPerson,
  type PersonRow,
  type SeedContext,
} from "./context";
import type { Ethnicity, SexCode } from "./names";

const PASSWORD = "demo12345";
export const TEMP_PASSWORD = "Temp12345";

type StaffOpts = {
  orgId: string;
  role: MemberRole;
  title?: string;
  qualification?: QualificationCategory | null;
  admin?: boolean;
  moderator?: boolean;
  editor?: boolean;
  unitId?: string | null;
  arrivedAt?: string;
  leftAt?: string;
  person?: Partial<NewPerson>;
};

const EDUCATOR_QUALIFICATIONS: ReadonlyArray<readonly [QualificationCategory, number]> = [
  ["PEDAGOG", 5],
  ["PEDAGOG_MODERATOR", 5],
  ["PEDAGOG_EXPERT", 3],
  ["PEDAGOG_RESEARCHER", 1.5],
  ["PEDAGOG_MASTER", 0.5],
  ["PEDAGOG_INTERN", 1.5],
  ["HIGHEST", 1],
  ["FIRST", 1.5],
  ["SECOND", 1],
  ["NONE", 1],
];

export async function seedPeople(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng;
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const units: Prisma.StructuralUnitCreateManyInput[] = [];
  const bindings: Prisma.GroupEducatorCreateManyInput[] = [];
  const users: Prisma.UserCreateManyInput[] = [];

  const staff = (o: StaffOpts): PersonRow => {
    const eth: Ethnicity = o.person?.eth ?? (rng.chance(0.65) ? "kk" : "ru");
    const female =
      o.role === "EDUCATOR" ||
      o.role === "NURSE" ||
      o.role === "ASSISTANT_EDUCATOR" ||
      o.role === "METHODOLOGIST"
        ? 0.95
        : 0.7;
    const sex: SexCode = o.person?.sex ?? (rng.chance(female) ? "female" : "male");
    const birthDate = o.person?.birthDate ?? ctx.date("1968-01-01", "1999-12-31");
    const arrived = o.arrivedAt ?? ctx.date("2012-08-15", "2025-08-25");
    const p = ctx.person({
      eth,
      sex,
      birthDate,
      phone: true,
      createdAt: at(arrived < "2024-08-20" ? "2024-08-20" : arrived, 9),
      ...o.person,
    });
    memberships.push({
      id: ctx.ids.next(),
      personId: p.id,
      organizationId: o.orgId,
      role: o.role,
      positionTitle: o.title ?? null,
      unitId: o.unitId ?? null,
      qualification: o.qualification ?? null,
      isAdministrator: o.admin ?? false,
      isModerator: o.moderator ?? false,
      isEditor: o.editor ?? false,
      arrivedAt: day(arrived),
      leftAt: o.leftAt ? day(o.leftAt) : null,
      createdAt: at(arrived < "2024-08-20" ? "2024-08-20" : arrived, 9),
    });
    return p;
  };

  const addUser = (
    p: PersonRow,
    login: string | null,
    opts: { hash: string | null; registered: boolean; mustChange?: boolean; method: "PASSWORD" | "OTP" },
  ) => {
    const id = ctx.ids.next();
    const registeredAt = opts.registered
      ? ctx.notAfterYesterday(at(ctx.date("2025-09-01", "2026-08-31"), 9, rng.int(0, 59)))
      : null;
    users.push({
      id,
      personId: p.id,
      login,
      passwordHash: opts.hash,
      mustChangePassword: opts.mustChange ?? false,
      registeredAt,
      preferredLocale: rng.pick(["kk", "ru", "ru"]),
      createdAt: registeredAt ?? at(ctx.today, 8),
    });
    ctx.users.push({ id, method: opts.method, registeredAt });
  };
  const staffUser = (p: PersonRow, login: string, documented: boolean) =>
    addUser(p, login, {
      hash: documented ? ctx.demoPasswordHash() : ctx.passwords.shared,
      registered: true,
      method: "PASSWORD",
    });

  // ── Regional department: leaders, administrator, employees in two structural units.
  const region = ctx.region;
  const preschoolUnit = ctx.ids.next();
  const hrUnit = ctx.ids.next();
  const head = staff({
    orgId: region.id,
    role: "AUTHORITY_HEAD",
    title: "Басқарма басшысы / Руководитель управления",
    arrivedAt: "2021-02-01",
    person: {
      eth: "kk",
      sex: "male",
      lastName: "Мұқанов",
      firstName: "Бауыржан",
      middleName: "Серікұлы",
      birthDate: "1971-03-14",
    },
  });
  const deputy = staff({
    orgId: region.id,
    role: "AUTHORITY_DEPUTY",
    title: "Басшының орынбасары / Заместитель руководителя",
    arrivedAt: "2019-09-02",
    person: {
      eth: "ru",
      sex: "female",
      lastName: "Петрова",
      firstName: "Ирина",
      middleName: "Владимировна",
      birthDate: "1975-07-22",
    },
  });
  const regionAdmin = staff({
    orgId: region.id,
    role: "AUTHORITY_ADMIN",
    title: "Бас маман, жүйе әкімшісі / Главный специалист, администратор системы",
    admin: true,
    editor: true,
    arrivedAt: "2022-03-10",
    person: {
      eth: "kk",
      sex: "female",
      lastName: "Садықова",
      firstName: "Мадина",
      middleName: "Ержанқызы",
      birthDate: "1988-11-05",
      email: "m.sadykova@edu-akmola.kz",
    },
  });
  const preschoolHead = staff({
    orgId: region.id,
    role: "AUTHORITY_EMPLOYEE",
    title: "Мектепке дейінгі білім беру бөлімінің басшысы / Руководитель отдела дошкольного образования",
    unitId: preschoolUnit,
    arrivedAt: "2018-01-15",
    person: {
      eth: "kk",
      sex: "female",
      lastName: "Омарова",
      firstName: "Гүлмира",
      middleName: "Асхатқызы",
      birthDate: "1979-04-02",
    },
  });
  const specialist = staff({
    orgId: region.id,
    role: "AUTHORITY_EMPLOYEE",
    title: "Бас маман / Главный специалист",
    unitId: preschoolUnit,
    moderator: true,
    arrivedAt: "2023-09-01",
    person: {
      eth: "ru",
      sex: "female",
      lastName: "Ким",
      firstName: "Оксана",
      middleName: "Игоревна",
      birthDate: "1985-12-19",
    },
  });
  const hrHead = staff({
    orgId: region.id,
    role: "AUTHORITY_EMPLOYEE",
    title: "Кадр жұмысы бөлімінің басшысы / Руководитель отдела кадровой работы",
    unitId: hrUnit,
    arrivedAt: "2020-06-01",
    person: {
      eth: "kk",
      sex: "male",
      lastName: "Жақыпов",
      firstName: "Талғат",
      middleName: "Маратұлы",
      birthDate: "1982-08-27",
    },
  });
  region.headId = head.id;
  region.adminId = regionAdmin.id;
  region.staffIds.push(head.id, deputy.id, regionAdmin.id, preschoolHead.id, specialist.id, hrHead.id);
  ctx.named.set("region.head", head);
  ctx.named.set("region.admin", regionAdmin);
  units.push(
    {
      id: preschoolUnit,
      organizationId: region.id,
      nameKk: "Мектепке дейінгі білім беру бөлімі",
      nameRu: "Отдел дошкольного образования",
      description:
        "Мектепке дейінгі ұйымдардың желісі, кезек, ваучерлік қаржыландыру және табельдер мониторингі. / Сеть дошкольных организаций, очередь, ваучерное финансирование и мониторинг табелей.",
      schedule: "Дс–Жм / Пн–Пт 09:00–18:30",
      headPersonId: preschoolHead.id,
      sortOrder: 1,
    },
    {
      id: hrUnit,
      organizationId: region.id,
      nameKk: "Кадр жұмысы және құқықтық қамтамасыз ету бөлімі",
      nameRu: "Отдел кадровой работы и правового обеспечения",
      description:
        "Педагогтарды аттестаттау, кадр құжаттары, құқықтық сараптама. / Аттестация педагогов, кадровые документы, правовая экспертиза.",
      schedule: "Дс–Жм / Пн–Пт 09:00–18:30",
      headPersonId: hrHead.id,
      sortOrder: 2,
    },
  );
  staffUser(regionAdmin, "region.admin", true);
  staffUser(head, "region.head", false);
  ctx.signIns.push({
    role: "region_admin",
    description: `Administrator of the Akmola regional education department (${ctx.fullName(regionAdmin)})`,
    login: "region.admin",
    password: PASSWORD,
  });

  // ── District/city departments: a head and an administrator each (Kokshetau also a deputy and a queue specialist).
  for (const d of ctx.districts.values()) {
    const isCity = d.code === "kokshetau";
    const dh = staff({
      orgId: d.id,
      role: "AUTHORITY_HEAD",
      title: "Бөлім басшысы / Руководитель отдела",
      arrivedAt: ctx.date("2016-01-10", "2024-01-10"),
    });
    const da = staff({
      orgId: d.id,
      role: "AUTHORITY_ADMIN",
      title: "Мектепке дейінгі білім беру жөніндегі әдіскер / Методист по дошкольному образованию",
      admin: true,
      person: isCity
        ? {
            eth: "kk",
            sex: "male",
            lastName: "Тұрсынов",
            firstName: "Арман",
            middleName: "Қанатұлы",
            birthDate: "1990-02-17",
          }
        : {},
    });
    d.headId = dh.id;
    d.adminId = da.id;
    d.staffIds.push(dh.id, da.id);
    if (isCity) {
      const dep = staff({
        orgId: d.id,
        role: "AUTHORITY_DEPUTY",
        title: "Бөлім басшысының орынбасары / Заместитель руководителя отдела",
      });
      const emp = staff({
        orgId: d.id,
        role: "AUTHORITY_EMPLOYEE",
        title: "Кезек жөніндегі маман / Специалист по очереди",
      });
      d.staffIds.push(dep.id, emp.id);
      staffUser(da, "district.admin", true);
      ctx.named.set("district.admin", da);
      ctx.signIns.push({
        role: "district_admin",
        description: `Administrator of the Kokshetau city education department (${ctx.fullName(da)})`,
        login: "district.admin",
        password: PASSWORD,
      });
    } else {
      staffUser(da, `${d.code}.admin`, false);
    }
  }

  // ── Kindergartens.
  for (const kg of ctx.kindergartens) {
    const q = () => rng.weighted(EDUCATOR_QUALIFICATIONS);
    const director = staff({
      orgId: kg.id,
      role: "KG_DIRECTOR",
      title: "Меңгеруші / Заведующая",
      admin: true,
      qualification: rng.pick(["PEDAGOG_EXPERT", "PEDAGOG_RESEARCHER", "HIGHEST"] as const),
      person: kg.isMain
        ? {
            eth: "kk",
            sex: "female",
            lastName: "Бейсенова",
            firstName: "Сәуле",
            middleName: "Маратқызы",
            birthDate: "1976-09-03",
          }
        : { sex: "female" },
    });
    const admin = staff({
      orgId: kg.id,
      role: "KG_ADMIN",
      title: "Ұйым әкімшісі / Администратор организации",
      admin: true,
      person: kg.isMain
        ? {
            eth: "kk",
            sex: "female",
            lastName: "Әлиева",
            firstName: "Жанар",
            middleName: "Нұрланқызы",
            birthDate: "1987-10-12",
          }
        : {},
    });
    const nurse = staff({ orgId: kg.id, role: "NURSE", title: "Медбике / Медицинская сестра" });
    kg.directorId = director.id;
    kg.adminId = admin.id;
    kg.staffIds.push(director.id, admin.id, nurse.id);
    const bind = (groupIdx: number, p: PersonRow) => {
      const g = kg.groups[groupIdx]!;
      g.educatorIds.push(p.id);
      bindings.push({ groupId: g.id, personId: p.id, createdAt: at("2026-08-26", 10) });
    };
    const educator = (opts: Partial<StaffOpts> = {}) => {
      const p = staff({
        orgId: kg.id,
        role: "EDUCATOR",
        title: "Тәрбиеші / Воспитатель",
        qualification: q(),
        ...opts,
      });
      kg.staffIds.push(p.id);
      return p;
    };

    if (kg.isMain) {
      ctx.named.set("kg.director", director);
      staffUser(director, "kg.admin", true);
      ctx.signIns.push({
        role: "kg_admin",
        description: `Director (administrator) of kindergarten «Балапан», Kokshetau (${ctx.fullName(director)})`,
        login: "kg.admin",
        password: PASSWORD,
      });
      // The demo educator keeps the timesheets of two groups (2021 KK and 2023 KK).
      const main = educator({
        qualification: "PEDAGOG_EXPERT",
        arrivedAt: "2015-08-25",
        person: {
          eth: "kk",
          sex: "female",
          lastName: "Серікбаева",
          firstName: "Гүлнар",
          middleName: "Қайратқызы",
          birthDate: "1984-05-19",
        },
      });
      bind(0, main);
      bind(3, main);
      staffUser(main, "educator", true);
      ctx.named.set("educator", main);
      ctx.signIns.push({
        role: "educator",
        description: `Educator of the groups "${kg.groups[0]!.name}" and "${kg.groups[3]!.name}" in «Балапан» (${ctx.fullName(main)})`,
        login: "educator",
        password: PASSWORD,
      });
      // A second educator for every group (shift work).
      kg.groups.forEach((_, i) => bind(i, educator()));
      bind(1, educator());
      bind(2, educator());
      bind(4, educator());
      // Deliberately without any group binding: sees no group.
      const nogroup = educator({
        qualification: "PEDAGOG_MODERATOR",
        arrivedAt: "2026-09-14",
        person: {
          eth: "ru",
          sex: "female",
          lastName: "Иванова",
          firstName: "Елена",
          middleName: "Сергеевна",
          birthDate: "1991-01-30",
        },
      });
      staffUser(nogroup, "educator.nogroup", true);
      ctx.signIns.push({
        role: "educator_nogroup",
        description: `Educator of «Балапан» bound to no group — sees no group (${ctx.fullName(nogroup)})`,
        login: "educator.nogroup",
        password: PASSWORD,
      });
      // Invited, not yet registered: temporary password, must change it at first sign-in.
      const invited = educator({
        qualification: "PEDAGOG_INTERN",
        arrivedAt: ctx.today < "2026-11-16" ? ctx.today : "2026-11-16",
        person: {
          eth: "kk",
          sex: "female",
          lastName: "Тоқтарова",
          firstName: "Аружан",
          middleName: "Бауыржанқызы",
          birthDate: "2002-06-11",
        },
      });
      addUser(invited, "new.educator", {
        hash: ctx.passwords.temp,
        registered: false,
        mustChange: true,
        method: "PASSWORD",
      });
      ctx.signIns.push({
        role: "new_educator",
        description: `Invited educator of «Балапан», not registered yet (${ctx.fullName(invited)})`,
        note: "temporary password: must set a new one at first sign-in",
        login: "new.educator",
        password: TEMP_PASSWORD,
      });
      for (const [role, title] of [
        ["METHODOLOGIST", "Әдіскер / Методист"],
        ["MUSIC_TEACHER", "Музыка жетекшісі / Музыкальный руководитель"],
        ["ASSISTANT_EDUCATOR", "Тәрбиеші көмекшісі / Помощник воспитателя"],
        ["ASSISTANT_EDUCATOR", "Тәрбиеші көмекшісі / Помощник воспитателя"],
      ] as const) {
        kg.staffIds.push(
          staff({
            orgId: kg.id,
            role,
            title,
            qualification:
              role === "METHODOLOGIST" ? "PEDAGOG_RESEARCHER" : role === "MUSIC_TEACHER" ? q() : null,
          }).id,
        );
      }
      // Archive: an educator whose work ended in the summer.
      staff({
        orgId: kg.id,
        role: "EDUCATOR",
        title: "Тәрбиеші / Воспитатель",
        qualification: "PEDAGOG",
        arrivedAt: "2019-08-26",
        leftAt: "2026-08-31",
      });
    } else {
      staffUser(director, `${kg.slug}.director`, false);
      kg.groups.forEach((_, i) => bind(i, educator()));
      if (!kg.small) {
        const extra = educator();
        bind(0, extra);
        bind(kg.groups.length - 1, extra);
      }
      kg.staffIds.push(
        staff({
          orgId: kg.id,
          role: "ASSISTANT_EDUCATOR",
          title: "Тәрбиеші көмекшісі / Помощник воспитателя",
        }).id,
      );
    }
  }

  await ctx.flushPersons();
  await ctx.db.structuralUnit.createMany({ data: units });
  await insertMany(memberships, (c) => ctx.db.membership.createMany({ data: c }));
  await ctx.db.groupEducator.createMany({ data: bindings });
  await ctx.db.user.createMany({ data: users });
  ctx.count("structuralUnits", units.length);
  ctx.count("memberships", memberships.length);
  ctx.count("groupEducators", bindings.length);
  ctx.count("users", users.length);
}

// Educator who marks a group's attendance on a day (first bound educator; second one on some days).
export function markerFor(kg: KgInfo, groupId: string, ymd: string): string {
  const g = kg.groups.find((x) => x.id === groupId)!;
  const ids = g.educatorIds;
  if (ids.length === 0) return kg.directorId!;
  const n = Number(ymd.slice(8, 10));
  return ids[n % ids.length]!;
}
