// Profile content of the regional department: announcements with recipients and reads,
// news, document folders, questions and answers. The recipients are resolved by the statement
// publishing uses (lib/announcement/resolve.ts) on each announcement's publication day.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/calendar/zone";
import { OWN_CODES, specOf } from "@/lib/announcement/audiences";
import { insertRecipients } from "@/lib/announcement/resolve";
import { at, day, type SeedContext } from "./context";

export async function seedAnnouncements(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng.fork("announcements");
  const region = ctx.region;
  const author = region.adminId!;
  const parent1 = ctx.named.get("parent1")?.id;

  const defs: {
    title: string;
    body: string;
    readBy: string | null;
    published: string;
    codes: string[];
    readShare: number | "six";
  }[] = [
    {
      title:
        "Қысқы кезеңде балалардың қауіпсіздігін қамтамасыз ету туралы / Об обеспечении безопасности детей в зимний период",
      body: "Құрметті әріптестер! Мектепке дейінгі ұйымдардың аумағын қар мен мұздан уақтылы тазартуды, жылу жүйесінің жұмысын тексеруді және ата-аналармен түсіндіру жұмыстарын жүргізуді сұраймыз. Орындалғаны туралы ақпаратты белгіленген мерзімге дейін жіберіңіз.\n\nУважаемые коллеги! Просим обеспечить своевременную очистку территорий дошкольных организаций от снега и наледи, проверить работу системы отопления и провести разъяснительную работу с родителями. Информацию об исполнении направить до указанного срока.",
      readBy: addDays(ctx.today, 10),
      published: addDays(ctx.today, -3),
      codes: [...OWN_CODES, "subordinate:heads"],
      readShare: "six",
    },
    {
      title: "Педагогтарды аттестаттаудың күзгі кезеңі туралы / Об осеннем этапе аттестации педагогов",
      body: "Аттестаттауға өтініштер 2026 жылғы 15 қазанға дейін қабылданады. Біліктілік санаттарын (педагог-модератор, педагог-сарапшы, педагог-зерттеуші, педагог-шебер) растайтын құжаттар тізбесі қоса беріледі.\n\nЗаявления на аттестацию принимаются до 15 октября 2026 года. Перечень документов, подтверждающих квалификационные категории (педагог-модератор, педагог-эксперт, педагог-исследователь, педагог-мастер), прилагается.",
      readBy: "2026-10-15",
      published: "2026-10-01",
      codes: ["subordinate:heads", "subordinate:admins"],
      readShare: 0.8,
    },
    {
      title: "Ата-аналарға: айлық табельді растау / Родителям: подтверждение ежемесячного табеля",
      body: "Табельді әр айдың 1-інен 10-ына дейін өткен ай үшін растаңыз. Табель қатарынан екі ай расталмаса (деректермен келіспеу жағдайларын қоспағанда), ваучер жойылады. Деректермен келіспесеңіз — «Келіспеймін» батырмасын басып, себебін көрсетіңіз.\n\nПодтверждайте табель с 1 по 10 число каждого месяца за предыдущий месяц. Если табель не подтверждён два месяца подряд (кроме случаев несогласия с данными), ваучер аннулируется. Если вы не согласны с данными — нажмите «Не согласен» и укажите причину.",
      readBy: null,
      published: "2026-10-20",
      codes: ["kindergarten:parents"],
      readShare: 0.18,
    },
  ];

  const anns: Prisma.AnnouncementCreateManyInput[] = [];
  let recipientCount = 0;
  for (const d of defs) {
    const id = ctx.ids.next();
    const publishedAt = at(d.published, 10, 0);
    anns.push({
      id,
      organizationId: region.id,
      authorId: author,
      title: d.title,
      body: d.body,
      readByDate: d.readBy ? day(d.readBy) : null,
      audiences: d.codes,
      publishedAt,
      createdAt: new Date(publishedAt.getTime() - 20 * 60_000),
    });
    await ctx.db.announcement.createMany({ data: [anns[anns.length - 1]!] });
    const stored = await insertRecipients(
      ctx.db,
      id,
      { organizationId: region.id, authorId: author, day: d.published },
      specOf(d.codes),
    );
    const recipients = (
      await ctx.db.announcementRecipient.findMany({
        where: { announcementId: id },
        select: { personId: true },
        orderBy: { personId: "asc" },
      })
    ).map((r) => r.personId);
    const readers = new Set(
      d.readShare === "six"
        ? rng.sample(recipients, 6)
        : recipients.filter(() => rng.chance(d.readShare as number)),
    );
    if (parent1) readers.delete(parent1); // the demo parent sees it as new
    const reads = recipients
      .filter((personId) => readers.has(personId))
      .map((personId) => {
        const readAt = new Date(publishedAt.getTime() + rng.int(1, 60 * 24 * 2) * 60_000);
        return { personId, readAt: readAt < at(ctx.today, 0) ? readAt : at(ctx.yesterday, 17) };
      });
    // One UPDATE for the reads (no loop of writes).
    await ctx.db.$executeRaw`
      UPDATE "AnnouncementRecipient" r SET "readAt" = v.at
      FROM unnest(${reads.map((x) => x.personId)}::text[], ${reads.map((x) => x.readAt.toISOString())}::timestamptz[]) AS v(pid, at)
      WHERE r."announcementId" = ${id} AND r."personId" = v.pid`;
    recipientCount += stored;
    ctx.counts[`announcement.${anns.length}.read`] = readers.size;
    ctx.counts[`announcement.${anns.length}.recipients`] = stored;
  }

  const news: Prisma.NewsItemCreateManyInput[] = [
    {
      id: ctx.ids.next(),
      organizationId: region.id,
      publishedAt: at("2026-09-04", 11),
      title:
        "Облыста 2026–2027 оқу жылында 1 200 жаңа орын ашылды / В области открыто 1 200 новых мест на 2026–2027 учебный год",
      body: "Жаңа оқу жылының басында Ақмола облысында мектепке дейінгі ұйымдарда 1 200 жаңа орын ашылды, оның ішінде Көкшетау қаласында 420 орын. Орындар электрондық кезек арқылы беріледі.\n\nК началу учебного года в дошкольных организациях Акмолинской области открыто 1 200 новых мест, из них 420 — в Кокшетау. Места распределяются через электронную очередь.",
    },
    {
      id: ctx.ids.next(),
      organizationId: region.id,
      publishedAt: at("2026-10-01", 9, 30),
      title: "Электрондық табельді растау басталды / Началось электронное подтверждение табеля",
      body: "1 қазаннан бастап ата-аналар қыркүйек айының табелін жеке кабинетте ЭЦҚ немесе бір реттік кодпен растай алады. Растау әр айдың 1-інен 10-ына дейін ашық.\n\nС 1 октября родители могут подтвердить табель за сентябрь в личном кабинете с помощью ЭЦП или одноразового кода. Подтверждение открыто с 1 по 10 число каждого месяца.",
    },
  ];
  await ctx.db.newsItem.createMany({ data: news });

  const normative = ctx.ids.next();
  const orders = ctx.ids.next();
  await ctx.db.documentFolder.createMany({
    data: [
      {
        id: normative,
        organizationId: region.id,
        name: "Нормативтік құқықтық актілер / Нормативные правовые акты",
      },
      { id: orders, organizationId: region.id, name: "Бұйрықтар мен нұсқаулықтар / Приказы и инструкции" },
      { id: ctx.ids.next(), organizationId: region.id, parentId: orders, name: "2026 жыл / 2026 год" },
    ],
  });

  await ctx.db.qaItem.createMany({
    data: [
      {
        id: ctx.ids.next(),
        organizationId: region.id,
        published: true,
        createdAt: at("2026-09-10", 14),
        answeredAt: at("2026-09-12", 11),
        question:
          "Баламды кезекке қалай қоюға болады және қай жастан? / Как поставить ребёнка в очередь и с какого возраста?",
        answer:
          "Баланы туғаннан бастап порталда ЭЦҚ немесе бір реттік код арқылы кезекке қоюға болады. Ваучер бойынша орын 1,5 жастан беріледі. / Поставить ребёнка в очередь можно с рождения на портале с ЭЦП или одноразовым кодом. Место по ваучеру предоставляется с 1,5 лет.",
      },
      {
        id: ctx.ids.next(),
        organizationId: region.id,
        published: true,
        createdAt: at("2026-10-03", 16),
        answeredAt: at("2026-10-05", 10),
        question: "Табельмен келіспесем не істеуім керек? / Что делать, если я не согласен с табелем?",
        answer:
          "1-10 күндер аралығында табельде «Келіспеймін» батырмасын басып, себебін жазыңыз — балабақша жауап береді немесе түзетеді. Келіспеу себебімен расталмаған ай ваучерді жоюға әкелмейді. / С 1 по 10 число нажмите в табеле «Не согласен» и укажите причину — детский сад ответит или исправит данные. Месяц, не подтверждённый из-за несогласия, не ведёт к аннулированию ваучера.",
      },
      {
        id: ctx.ids.next(),
        organizationId: region.id,
        published: false,
        createdAt: at(addDays(ctx.today, -2), 21, 10),
        question:
          "Жазғы жинақтау 2027 жылы қашан басталады? / Когда начнётся летнее комплектование в 2027 году?",
        answer: null,
      },
    ],
  });
  ctx.count("announcements", anns.length);
  ctx.count("announcementRecipients", recipientCount);
  ctx.count("news", news.length);
  ctx.count("documentFolders", 3);
  ctx.count("qaItems", 3);
}
