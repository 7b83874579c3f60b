// Organisations: the regional education department (the demo marker), a department per
// district/city, 2–3 kindergartens per district; their settings and subordinate types.
import type { GroupLanguage, Prisma } from "@/lib/generated/prisma/client";
import { computeIinControlDigit } from "@/lib/iin/iin";
import { at, type AuthorityInfo, type KgInfo, type SeedContext } from "./context";
import { DISTRICTS } from "./territories";

/** Slug of the regional department; its existence means the demo data is loaded. */
export const DEMO_MARKER_SLUG = "akmola-education";
/** Slug of the main demo kindergarten (Kokshetau, «Балапан»). */
export const MAIN_KG_SLUG = "kokshetau-balapan";

type G = [from: number, to: number, language: GroupLanguage, capacity: number];
type KgDef = {
  district: string;
  key: string;
  nameKk: string;
  nameRu: string;
  private?: boolean;
  small?: boolean;
  main?: boolean;
  voucher?: boolean;
  street: string;
  groups: G[];
};

// Voucher pilot: the kindergartens of Kokshetau and every private kindergarten.
const KG_DEFS: KgDef[] = [
  {
    district: "kokshetau",
    key: "balapan",
    nameKk: "Балапан",
    nameRu: "Балапан",
    main: true,
    voucher: true,
    street: "Абай көшесі, 112",
    groups: [
      [2021, 2021, "KK", 25],
      [2021, 2021, "RU", 25],
      [2022, 2022, "MIXED", 25],
      [2023, 2023, "KK", 22],
      [2024, 2024, "RU", 20],
    ],
  },
  {
    district: "kokshetau",
    key: "shugyla",
    nameKk: "Шұғыла",
    nameRu: "Шугыла",
    voucher: true,
    street: "Ауэзов көшесі, 189",
    groups: [
      [2020, 2020, "RU", 28],
      [2021, 2021, "KK", 25],
      [2022, 2022, "KK", 25],
      [2023, 2023, "RU", 22],
    ],
  },
  {
    district: "kokshetau",
    key: "akbota",
    nameKk: "Ақбота",
    nameRu: "Акбота",
    private: true,
    voucher: true,
    street: "Назарбаев даңғылы, 23",
    groups: [
      [2022, 2022, "RU", 20],
      [2023, 2023, "KK", 20],
      [2024, 2024, "MIXED", 20],
    ],
  },
  {
    district: "esil",
    key: "aigolek",
    nameKk: "Айгөлек",
    nameRu: "Айголек",
    street: "Тәуелсіздік көшесі, 14",
    groups: [
      [2020, 2020, "KK", 25],
      [2021, 2021, "RU", 25],
      [2022, 2022, "KK", 25],
      [2023, 2023, "MIXED", 20],
    ],
  },
  {
    district: "esil",
    key: "karlygash",
    nameKk: "Қарлығаш",
    nameRu: "Карлыгаш",
    private: true,
    small: true,
    voucher: true,
    street: "Жеңіс көшесі, 7",
    groups: [
      [2021, 2021, "KK", 20],
      [2022, 2022, "RU", 20],
      [2023, 2024, "MIXED", 20],
    ],
  },
  {
    district: "zhaksy",
    key: "baldyrgan",
    nameKk: "Балдырған",
    nameRu: "Балдырган",
    street: "Ленин көшесі, 31",
    groups: [
      [2020, 2020, "KK", 25],
      [2022, 2022, "KK", 25],
      [2023, 2023, "RU", 20],
    ],
  },
  {
    district: "zhaksy",
    key: "kunshuak",
    nameKk: "Күншуақ",
    nameRu: "Куншуак",
    small: true,
    street: "Мектеп көшесі, 3",
    groups: [
      [2020, 2021, "KK", 20],
      [2022, 2023, "KK", 20],
      [2024, 2024, "KK", 20],
    ],
  },
  {
    district: "zharkaiyn",
    key: "erketai",
    nameKk: "Еркетай",
    nameRu: "Еркетай",
    street: "Габдуллин көшесі, 40",
    groups: [
      [2021, 2021, "RU", 25],
      [2022, 2022, "KK", 25],
      [2023, 2023, "MIXED", 20],
    ],
  },
  {
    district: "zharkaiyn",
    key: "bobek",
    nameKk: "Бөбек",
    nameRu: "Бобек",
    private: true,
    small: true,
    voucher: true,
    street: "Достық көшесі, 18",
    groups: [
      [2021, 2022, "RU", 20],
      [2023, 2023, "KK", 20],
      [2024, 2024, "RU", 20],
    ],
  },
  {
    district: "zerendi",
    key: "baldauren",
    nameKk: "Балдәурен",
    nameRu: "Балдаурен",
    street: "Мира көшесі, 52",
    groups: [
      [2020, 2020, "KK", 28],
      [2021, 2021, "KK", 25],
      [2022, 2022, "RU", 25],
      [2023, 2023, "KK", 22],
    ],
  },
  {
    district: "zerendi",
    key: "kulynshak",
    nameKk: "Құлыншақ",
    nameRu: "Кулыншак",
    street: "Сәкен Сейфуллин көшесі, 9",
    groups: [
      [2021, 2021, "MIXED", 25],
      [2022, 2022, "KK", 25],
      [2024, 2024, "KK", 20],
    ],
  },
  {
    district: "zerendi",
    key: "nurai",
    nameKk: "Нұрай",
    nameRu: "Нурай",
    private: true,
    voucher: true,
    street: "Жастар көшесі, 21",
    groups: [
      [2021, 2021, "KK", 20],
      [2023, 2023, "RU", 20],
      [2024, 2024, "MIXED", 20],
    ],
  },
  {
    district: "korgalzhyn",
    key: "akku",
    nameKk: "Аққу",
    nameRu: "Акку",
    street: "Кенесары көшесі, 16",
    groups: [
      [2020, 2020, "KK", 25],
      [2022, 2022, "KK", 25],
      [2023, 2023, "RU", 20],
    ],
  },
  {
    district: "korgalzhyn",
    key: "shattyk",
    nameKk: "Шаттық",
    nameRu: "Шаттык",
    small: true,
    street: "Абылай хан көшесі, 5",
    groups: [
      [2020, 2021, "KK", 20],
      [2022, 2023, "RU", 20],
      [2024, 2024, "KK", 20],
    ],
  },
];

const AGE_NAMES: Record<number, [kk: string, ru: string]> = {
  2020: ["Мектепалды даярлық тобы", "Предшкольная группа"],
  2021: ["Ересек топ", "Старшая группа"],
  2022: ["Ортаңғы топ", "Средняя группа"],
  2023: ["Кіші топ", "Младшая группа"],
  2024: ["Бөбекжай тобы", "Ясельная группа"],
};
const NICK_KK = [
  "Жұлдызай",
  "Балбөбек",
  "Күншуақ",
  "Айгөлек",
  "Ботақан",
  "Қарлығаш",
  "Шұғыла",
  "Нұршуақ",
  "Ақниет",
  "Балауса",
];
const NICK_RU = [
  "Солнышко",
  "Радуга",
  "Капелька",
  "Звёздочка",
  "Колокольчик",
  "Ромашка",
  "Непоседы",
  "Теремок",
];

function groupName(g: G, i: number): string {
  const [from, to, lang] = g;
  const [kk, ru] =
    from === to ? (AGE_NAMES[from] ?? ["Топ", "Группа"]) : ["Аралас жас тобы", "Разновозрастная группа"];
  if (lang === "RU") return `${ru} «${NICK_RU[i % NICK_RU.length]}»`;
  if (lang === "MIXED") return `${kk} / ${ru} «${NICK_KK[(i + 3) % NICK_KK.length]}»`;
  return `${kk} «${NICK_KK[i % NICK_KK.length]}»`;
}

// A BIN with a valid control digit (same algorithm as the IIN).
function makeBin(ctx: SeedContext, yymm: string, kind: string): string {
  for (;;) {
    const first11 = `${yymm}${kind}0${String(ctx.rng.int(0, 99999)).padStart(5, "0")}`;
    const c = computeIinControlDigit(first11);
    if (c !== null) return first11 + c;
  }
}

export async function seedOrganizations(ctx: SeedContext): Promise<void> {
  const regionTerritory = ctx.territories.get("akmola")!;
  const orgs: Prisma.OrganizationCreateManyInput[] = [];
  const settings: Prisma.OrganizationSettingsCreateManyInput[] = [];
  const subTypes: Prisma.SubordinateTypeCreateManyInput[] = [];
  const bins = new Set<string>();
  const bin = (yymm: string, kind: string) => {
    for (;;) {
      const b = makeBin(ctx, yymm, kind);
      if (!bins.has(b)) {
        bins.add(b);
        return b;
      }
    }
  };

  const regionId = ctx.ids.next();
  ctx.region = {
    id: regionId,
    slug: DEMO_MARKER_SLUG,
    code: "akmola",
    territoryId: regionTerritory,
    nameKk: "Ақмола облысының білім басқармасы",
    nameRu: "Управление образования Акмолинской области",
    staffIds: [],
  };
  orgs.push({
    id: regionId,
    slug: DEMO_MARKER_SLUG,
    kind: "REGION_AUTHORITY",
    orgType: "regional_education_department",
    shortNameKk: "Ақмола облысының білім басқармасы",
    shortNameRu: "Управление образования Акмолинской области",
    fullNameKk: "«Ақмола облысының білім басқармасы» мемлекеттік мекемесі",
    fullNameRu: "Государственное учреждение «Управление образования Акмолинской области»",
    bin: bin("0104", "4"),
    territoryId: regionTerritory,
    parentId: null,
    timeZone: "Asia/Almaty",
    createdAt: at("2024-01-15", 9),
  });
  settings.push({
    organizationId: regionId,
    descriptionKk:
      "Ақмола облысындағы мектепке дейінгі, орта және қосымша білім беруді басқаратын облыстық атқарушы орган. Мектепке дейінгі ұйымдарға кезек, ваучерлер және табельдер бойынша аудандық білім бөлімдерінің жұмысын үйлестіреді.",
    descriptionRu:
      "Областной исполнительный орган, управляющий дошкольным, средним и дополнительным образованием в Акмолинской области. Координирует работу районных отделов образования по очереди в дошкольные организации, ваучерам и табелям.",
    legalAddress: "020000, Ақмола облысы, Көкшетау қ., Абай көшесі, 89",
    actualAddress: "020000, Ақмола облысы, Көкшетау қ., Абай көшесі, 89",
    phones: "+7 (7162) 72-00-00, +7 (7162) 72-00-15",
    fax: "+7 (7162) 72-00-16",
    email: "info@edu-akmola.kz",
    website: "https://edu-akmola.kz",
    city: "Көкшетау",
    featureForum: true,
    featurePages: true,
    forumReadAccess: "EVERYONE",
    forumTopicCreation: "MEMBERS",
    appealsEmail: "appeals@edu-akmola.kz",
    appealsEmailConfirmedAt: new Date("2025-09-15T05:00:00Z"),
    receptionRulesKk:
      "Басқарма басшысы азаматтарды әр айдың бірінші және үшінші сейсенбісінде алдын ала жазылу бойынша қабылдайды. Жеке басын куәландыратын құжат қажет.",
    receptionRulesRu:
      "Руководитель управления принимает граждан в первый и третий вторник каждого месяца по предварительной записи. При себе иметь документ, удостоверяющий личность.",
    receptionHours: "Сейсенбі / вторник 15:00–18:00",
  });
  for (const t of [
    "district_education_department",
    "state_kindergarten",
    "private_kindergarten",
    "mini_centre",
  ]) {
    subTypes.push({ authorityId: regionId, orgType: t });
  }

  for (const d of DISTRICTS) {
    const id = ctx.ids.next();
    const isCity = d.kind === "CITY";
    const nameKk = isCity ? "Көкшетау қаласы бойынша білім бөлімі" : `${d.nameKk} бойынша білім бөлімі`;
    const nameRu = isCity
      ? "Отдел образования по городу Кокшетау"
      : `Отдел образования по ${d.nameRu.replace("ский район", "скому району")}`;
    const info: AuthorityInfo = {
      id,
      slug: `${d.code}-education`,
      code: d.code,
      territoryId: ctx.territories.get(d.code)!,
      nameKk,
      nameRu,
      staffIds: [],
    };
    ctx.districts.set(d.code, info);
    orgs.push({
      id,
      slug: info.slug,
      kind: "DISTRICT_AUTHORITY",
      orgType: "district_education_department",
      shortNameKk: nameKk,
      shortNameRu: nameRu,
      fullNameKk: `«Ақмола облысы білім басқармасының ${nameKk}» мемлекеттік мекемесі`,
      fullNameRu: `Государственное учреждение «${nameRu} управления образования Акмолинской области»`,
      bin: bin("0506", "4"),
      territoryId: info.territoryId,
      parentId: regionId,
      timeZone: "Asia/Almaty",
      createdAt: at("2024-01-15", 9),
    });
    settings.push({
      organizationId: id,
      descriptionKk: `${isCity ? "Көкшетау қаласындағы" : d.nameKk.replace("ауданы", "ауданындағы")} мектепке дейінгі ұйымдардың жұмысын, кезекті және жазғы жинақтауды үйлестіреді.`,
      descriptionRu: `Координирует работу дошкольных организаций, очередь и летнее комплектование: ${d.nameRu}.`,
      legalAddress: `Ақмола облысы, ${d.centreKk}, Бейбітшілік көшесі, ${ctx.rng.int(1, 60)}`,
      actualAddress: `Ақмола облысы, ${d.centreKk}, Бейбітшілік көшесі, ${ctx.rng.int(1, 60)}`,
      phones: `+7 (${d.area}) ${ctx.rng.int(20, 79)}-${ctx.rng.int(10, 99)}-${ctx.rng.int(10, 99)}`,
      email: `${d.code}@edu-akmola.kz`,
      city: d.centreKk,
      receptionHours: "Дүйсенбі–жұма / пн–пт 09:00–18:00, түскі үзіліс / обед 13:00–14:00",
      // Kokshetau confirms its appeals e-mail; the others haven't yet (appeals off).
      appealsEmail: `${d.code}.appeals@edu-akmola.kz`,
      appealsEmailConfirmedAt: isCity ? new Date("2026-02-02T04:00:00Z") : null,
    });
    for (const t of ["state_kindergarten", "private_kindergarten", "mini_centre"])
      subTypes.push({ authorityId: id, orgType: t });
  }

  for (const k of KG_DEFS) {
    const id = ctx.ids.next();
    const district = ctx.districts.get(k.district)!;
    const dd = DISTRICTS.find((x) => x.code === k.district)!;
    const slug = `${k.district}-${k.key}`;
    const shortKk = k.private ? `«${k.nameKk}» жеке балабақшасы` : `«${k.nameKk}» бөбекжай-бақшасы`;
    const shortRu = k.private ? `Частный детский сад «${k.nameRu}»` : `Ясли-сад «${k.nameRu}»`;
    const address = `Ақмола облысы, ${dd.centreKk}, ${k.street}`;
    const kg: KgInfo = {
      id,
      slug,
      districtCode: k.district,
      territoryId: district.territoryId,
      authorityId: district.id,
      nameKk: shortKk,
      nameRu: shortRu,
      isMain: !!k.main,
      isPrivate: !!k.private,
      small: !!k.small,
      voucher: !!k.voucher,
      groupSpecs: k.groups.map((g, i) => ({
        name: groupName(g, i + (k.key.length % 4)),
        from: g[0],
        to: g[1],
        language: g[2],
        capacity: g[3],
      })),
      address,
      groups: [],
      staffIds: [],
      parentIds: [],
    };
    ctx.kindergartens.push(kg);
    orgs.push({
      id,
      slug,
      kind: "KINDERGARTEN",
      orgType: k.private ? "private_kindergarten" : "state_kindergarten",
      shortNameKk: shortKk,
      shortNameRu: shortRu,
      fullNameKk: k.private
        ? `«${k.nameKk}» жеке балабақшасы» жауапкершілігі шектеулі серіктестігі`
        : `${district.nameKk}нің «${k.nameKk}» бөбекжай-бақшасы» коммуналдық мемлекеттік қазыналық кәсіпорны`,
      fullNameRu: k.private
        ? `Товарищество с ограниченной ответственностью «Частный детский сад «${k.nameRu}»`
        : `Государственное коммунальное казённое предприятие «Ясли-сад «${k.nameRu}» ${district.nameRu.replace("Отдел", "отдела")}»`,
      bin: bin(k.private ? "1803" : "0809", "4"),
      territoryId: district.territoryId,
      parentId: district.id,
      timeZone: "Asia/Almaty",
      createdAt: at("2024-01-16", 9),
    });
    const groupsKk = kg.groupSpecs.length;
    settings.push({
      organizationId: id,
      descriptionKk: `${shortKk}: ${groupsKk} топ, оқыту тілі — ${[...new Set(k.groups.map((g) => g[2]))].map((l) => ({ KK: "қазақ", RU: "орыс", MIXED: "аралас" })[l]).join(", ")}. Балаларды ${k.private ? "мемлекеттік тапсырыс (ваучер) бойынша" : "электрондық кезек арқылы"} қабылдаймыз.`,
      descriptionRu: `${shortRu}: ${groupsKk} групп(ы), языки обучения — ${[...new Set(k.groups.map((g) => g[2]))].map((l) => ({ KK: "казахский", RU: "русский", MIXED: "смешанный" })[l]).join(", ")}. Приём детей ${k.private ? "по государственному заказу (ваучеру)" : "через электронную очередь"}.`,
      legalAddress: address,
      actualAddress: address,
      phones: `+7 (${dd.area}) ${ctx.rng.int(20, 79)}-${ctx.rng.int(10, 99)}-${ctx.rng.int(10, 99)}`,
      email: `${slug}@edu-akmola.kz`,
      city: dd.centreKk,
      featureForum: false,
      featurePages: false,
      documentsUpload: k.main ? "MEMBERS" : "ADMINISTRATORS",
    });
  }

  await ctx.db.organization.createMany({ data: orgs });
  await ctx.db.organizationSettings.createMany({
    data: settings.map((s) => ({ ...s, updatedAt: at("2026-08-25", 12) })),
  });
  await ctx.db.subordinateType.createMany({ data: subTypes });
  ctx.count("organizations", orgs.length);
  ctx.count("organizationSettings", settings.length);
  ctx.count("subordinateTypes", subTypes.length);
}
