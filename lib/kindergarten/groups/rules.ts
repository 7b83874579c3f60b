// Pure rules of the "Groups" reference book (no I/O; unit-tested).

// The oldest birth year a group may take: children up to 8 years old this calendar year.
export const COHORT_MAX_AGE = 8;

// The allowed birth years for a group in a given calendar year (current year − 8 … current year).
export function cohortBounds(currentYear: number): { min: number; max: number } {
  return { min: currentYear - COHORT_MAX_AGE, max: currentYear };
}

// Why a birth-year cohort is not acceptable (translation key), or null when it is.
export function cohortProblem(
  from: number,
  to: number,
  currentYear: number,
): "validation.cohortOrder" | "validation.cohortRange" | null {
  const { min, max } = cohortBounds(currentYear);
  if (from < min || to > max || from > max || to < min) return "validation.cohortRange";
  if (from > to) return "validation.cohortOrder";
  return null;
}

// A cohort as shown: "2021" or "2020–2021".
export function cohortLabel(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

// True when a group's capacity would be below the children enrolled in it today.
export function capacityBelowEnrolled(capacity: number, enrolledToday: number): boolean {
  return capacity < enrolledToday;
}

// Whether a reference (room, stay mode) may be chosen: active ones always, an archived one only
// when the group already has it (editing the name must not force a new room).
export function referenceAllowed(
  ref: { id: string; archived: boolean },
  currentId: string | null | undefined,
): boolean {
  return !ref.archived || ref.id === currentId;
}
