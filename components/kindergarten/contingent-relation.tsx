import { getTranslations } from "next-intl/server";
import { RELATIONS, type Relation } from "@/lib/kindergarten/contingent/schemas";

// A representative's relation to the child in the page language; a code this form does not know
// (e.g. written by a queue application) is shown as stored.
export async function ContingentRelation({ relation }: { relation: string }) {
  const t = await getTranslations("kgContingent");
  return (
    <>
      {(RELATIONS as readonly string[]).includes(relation) ? t(`relation.${relation as Relation}`) : relation}
    </>
  );
}
