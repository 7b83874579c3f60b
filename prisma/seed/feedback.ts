// The feedback block of the Kokshetau city education department (the demo district): its appeals e-mail
// confirmed, the rules of personal reception, a few citizens' appeals in every status of the inbox, and
// questions — answered and published, answered but kept private, and one waiting for an answer.
// Deterministic: fixed texts, dates relative to "today", ids from the seed's factory.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/calendar/zone";
import { at, type SeedContext } from "./context";

export async function seedFeedback(ctx: SeedContext): Promise<void> {
  const district = ctx.districts.get("kokshetau");
  if (!district) throw new Error("seed: the Kokshetau department is not created yet");
  const admin = ctx.named.get("district.admin");
  const ago = (days: number, hh: number, mm = 0) =>
    ctx.notAfterYesterday(at(addDays(ctx.today, -days), hh, mm));

  await ctx.db.organizationSettings.update({
    where: { organizationId: district.id },
    data: {
      appealsEmail: "kokshetau.appeals@edu-akmola.kz",
      appealsEmailConfirmedAt: new Date("2026-02-02T04:00:00Z"),
      receptionRulesKk:
        "Бөлім басшысы азаматтарды әр аптаның сейсенбісінде алдын ала жазылу бойынша қабылдайды. Жазылу — телефон арқылы немесе кеңсеге келіп. Жеке басын куәландыратын құжат қажет.",
      receptionRulesRu:
        "Руководитель отдела принимает граждан по вторникам по предварительной записи. Записаться можно по телефону или в канцелярии. При себе иметь документ, удостоверяющий личность.",
    },
  });

  const appeals: Prisma.AppealCreateManyInput[] = [
    {
      id: ctx.ids.next(),
      organizationId: district.id,
      authorName: "Сәуле Жақыпова",
      email: "saule.zhakypova@example.kz",
      phone: "+7 701 555 12 34",
      subject: "Кезектегі орын туралы",
      body: "Сәлеметсіз бе! Қызым 2023 жылы туған, кезекте 2025 жылдан бері тұр. Биыл күзде Көкшетауда орын берілу мүмкіндігі бар ма?",
      status: "NEW",
      createdAt: ago(1, 19, 40),
    },
    {
      id: ctx.ids.next(),
      organizationId: district.id,
      authorName: "Игорь Левченко",
      email: "i.levchenko@example.kz",
      phone: null,
      subject: "Перевод ребёнка в другой детский сад",
      body: "Здравствуйте! Мы переехали в микрорайон Васильковский. Как перевести сына из ясли-сада «Балапан» в детский сад ближе к дому?",
      status: "IN_PROGRESS",
      createdAt: ago(4, 10, 15),
    },
    {
      id: ctx.ids.next(),
      organizationId: district.id,
      authorName: "Гүлнар Омарова",
      email: "gulnar.omarova@example.kz",
      phone: "+7 747 555 98 76",
      subject: "Ваучер туралы",
      body: "Ваучер қалай жұмыс істейді және жеке балабақшаны таңдауға бола ма?",
      status: "ANSWERED",
      answer:
        "Құрметті Гүлнар! Ваучер бойынша мемлекеттік тапсырысы бар кез келген балабақшаны, соның ішінде жекеменшік балабақшаны таңдауға болады. Табельді әр айдың 1-інен 10-ына дейін растауды ұмытпаңыз.",
      answeredAt: ago(8, 11, 30),
      answeredById: admin?.id ?? null,
      createdAt: ago(10, 16, 5),
    },
  ];
  await ctx.db.appeal.createMany({ data: appeals });

  const questions: Prisma.QaItemCreateManyInput[] = [
    {
      id: ctx.ids.next(),
      organizationId: district.id,
      authorName: "Динара",
      email: "dinara@example.kz",
      question:
        "Көкшетауда жазғы жинақтау қашан басталады? / Когда в Кокшетау начинается летнее комплектование?",
      answer:
        "Жазғы жинақтау кестесі жыл сайын наурызда порталдағы «Орындар» бөлімінде жарияланады; басымдықты санаттар алдымен, содан кейін жалпы кезек. / График летнего комплектования публикуется каждый март в разделе «Места» портала: сначала приоритетные категории, затем общая очередь.",
      answeredById: admin?.id ?? null,
      published: true,
      createdAt: ago(20, 9, 10),
      answeredAt: ago(19, 14),
    },
    {
      id: ctx.ids.next(),
      organizationId: district.id,
      authorName: "Алексей",
      email: null,
      question:
        "Можно ли встать в очередь без прописки в Кокшетау? / Көкшетауда тіркеусіз кезекке тұруға бола ма?",
      answer:
        "Иә, кезекке тұрғылықты жері бойынша тұруға болады; тіркеу талап етілмейді. / Да, в очередь встают по фактическому месту жительства; прописка не требуется.",
      answeredById: admin?.id ?? null,
      published: true,
      createdAt: ago(12, 18, 30),
      answeredAt: ago(11, 10),
    },
    {
      id: ctx.ids.next(),
      organizationId: district.id,
      authorName: "Марат",
      email: "marat@example.kz",
      question: "Балабақшадағы тамақтану ақысы қанша? / Сколько стоит питание в детском саду?",
      answer:
        "Ақы балабақшаға байланысты: балабақшаның өзінен сұраңыз. / Размер оплаты зависит от детского сада: уточните в саду.",
      answeredById: admin?.id ?? null,
      published: false,
      createdAt: ago(6, 12),
      answeredAt: ago(5, 9, 45),
    },
    {
      id: ctx.ids.next(),
      organizationId: district.id,
      authorName: "Әсел",
      email: "asel@example.kz",
      question: "Мүгедектігі бар балаға арналған топтар бар ма? / Есть ли группы для детей с инвалидностью?",
      answer: null,
      published: false,
      createdAt: ago(2, 20, 5),
    },
  ];
  await ctx.db.qaItem.createMany({ data: questions });
  ctx.count("appeals", appeals.length);
  ctx.count("qaItems", questions.length);
}
