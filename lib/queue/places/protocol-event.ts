import "server-only";
import type { Tx } from "@/lib/db/prisma";
import type { GroupLanguage, ProtocolEventKind } from "@/lib/generated/prisma/enums";

/** What the protocol records of a place (the group's name at the time of the event). */
export type ProtocolPlace = {
  id: string;
  organizationId: string;
  birthYear: number;
  language: GroupLanguage;
  group?: { name: string } | null;
};
/** Extra facts of an event: access, referral number, reason … (plain values only: they are published). */
export type ProtocolDetails = Record<string, string | number | null>;

// Writes one step of a place into the protocol of place releases (in the transaction of the change),
// with the same details shape as the demo data: birth year, language, group, then the step's own facts.
export async function recordProtocolEvent(
  tx: Tx,
  place: ProtocolPlace,
  kind: ProtocolEventKind,
  at: Date,
  details: ProtocolDetails = {},
) {
  return tx.protocolEvent.create({
    data: {
      placeId: place.id,
      organizationId: place.organizationId,
      kind,
      at,
      details: {
        birthYear: place.birthYear,
        language: place.language,
        group: place.group?.name ?? null,
        ...details,
      },
    },
  });
}
