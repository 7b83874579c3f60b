// The civil registry of births for the demo (the stand-in for ГБД ФЛ): one birth record per child on
// record, naming the mother and father among their representatives (guardians and other relations are
// not in a birth record). Then one guardian case waiting for the Kokshetau officer: an applicant not
// named in the birth record, who applied with the guardianship decision (docs/DEMO.md).
import { stageUpload, recordStoredFile } from "@/lib/storage/stored-file";
import { at, type SeedContext } from "./context";

// A one-page PDF standing in for the guardianship authority's decision.
const GUARDIANSHIP_PDF = new TextEncoder().encode(
  "%PDF-1.4\n% Қорғаншылық туралы шешім / Решение об опеке (демо)\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

export async function seedBirthRecords(ctx: SeedContext) {
  const records = await ctx.db.$executeRaw`
    INSERT INTO "BirthRecord" ("childIin", "birthDate", "lastName", "firstName", "middleName", "motherIin", "fatherIin")
    SELECT c.iin, c."birthDate", c."lastName", c."firstName", c."middleName",
      (SELECT p.iin FROM "LegalRepresentative" r JOIN "Person" p ON p.id = r."representativeId"
        WHERE r."childId" = c.id AND r.relation = 'mother' ORDER BY r."createdAt", p.id LIMIT 1),
      (SELECT p.iin FROM "LegalRepresentative" r JOIN "Person" p ON p.id = r."representativeId"
        WHERE r."childId" = c.id AND r.relation = 'father' ORDER BY r."createdAt", p.id LIMIT 1)
    FROM "Person" c
    WHERE c.iin IS NOT NULL AND c."birthDate" IS NOT NULL
      AND EXISTS (SELECT 1 FROM "LegalRepresentative" r WHERE r."childId" = c.id)`;
  ctx.count("birthRecords", records);

  // The guardian case: the earliest waiting Kokshetau application without a category whose applicant
  // has no cabinet yet (so no demo sign-in changes) becomes a guardian's claim with the document.
  const [app] = await ctx.db.$queryRaw<{ id: string; childId: string; applicantId: string; iin: string }[]>`
    SELECT a.id, a."childId", a."applicantId", p.iin FROM "QueueApplication" a
    JOIN "Territory" t ON t.id = a."territoryId"
    JOIN "Person" p ON p.id = a."applicantId"
    WHERE t.code = 'kokshetau' AND a.status = 'WAITING' AND a.priority = 'NONE'
      AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."personId" = a."applicantId")
      AND NOT EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."childId" = a."childId")
    ORDER BY a.number LIMIT 1`;
  if (!app) throw new Error("seed: no waiting Kokshetau application for the guardian case");
  const submitted = at(ctx.yesterday, 11, 20);
  const staged = await stageUpload(GUARDIANSHIP_PDF, "қорғаншылық-шешім.pdf", submitted);
  const file = await recordStoredFile(ctx.db, staged);
  await ctx.db.legalRepresentative.updateMany({
    where: { childId: app.childId, representativeId: app.applicantId },
    data: { relation: "guardian", source: "queue", status: "PENDING", documentId: file.id },
  });
  await ctx.db.$executeRaw`
    UPDATE "BirthRecord" SET
      "motherIin" = CASE WHEN "motherIin" = ${app.iin} THEN NULL ELSE "motherIin" END,
      "fatherIin" = CASE WHEN "fatherIin" = ${app.iin} THEN NULL ELSE "fatherIin" END
    FROM "Person" c WHERE c.id = ${app.childId} AND "BirthRecord"."childIin" = c.iin`;
  ctx.count("legalRepresentatives.PENDING", 1);
}
