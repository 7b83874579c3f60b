// Who may take a place in general access (pure). Decision: any WAITING application of the place's
// birth-year cohort in the kindergarten's district, whatever its queue position, chosen kindergartens
// or group language — in general access the parent picks the place in the registry themselves
// (seed 003: "any applicant in the queue may take it regardless of queue order"); the language and the
// kindergarten are shown next to the button. Applications on the stop list wait until it ends.
import type { PlaceStatus, QueueStatus } from "@/lib/generated/prisma/enums";
import { isStopListed } from "./referral-rules";

export type ClaimRefusal =
  "place_gone" | "priority_access" | "not_waiting" | "stop_listed" | "wrong_cohort" | "wrong_district";

export type ClaimPlaceFacts = { status: PlaceStatus; birthYear: number; territoryId: string };
export type ClaimApplicationFacts = {
  status: QueueStatus;
  birthYear: number;
  territoryId: string;
  stopListUntil: Date | null;
};

// Why this application may not take this place now, or null when it may.
export function claimRefusal(
  place: ClaimPlaceFacts,
  app: ClaimApplicationFacts,
  now: Date,
): ClaimRefusal | null {
  if (place.status === "PRIORITY") return "priority_access";
  if (place.status !== "GENERAL") return "place_gone";
  if (app.status !== "WAITING") return "not_waiting";
  if (isStopListed(app.stopListUntil, now)) return "stop_listed";
  if (app.birthYear !== place.birthYear) return "wrong_cohort";
  if (app.territoryId !== place.territoryId) return "wrong_district";
  return null;
}

// True if a priority-access place in `placeLanguage` suits an application asking for `wanted`: the same
// language, or a mixed group on either side.
export function languageFits(placeLanguage: string, wanted: string): boolean {
  return placeLanguage === "MIXED" || wanted === "MIXED" || placeLanguage === wanted;
}
