// How many places a group may still release (pure). A released place is for a new child, so it must
// fit the group: its capacity, less the children who stay (enrolled with no last day — a child whose
// leaving is already ordered frees a place), less the places already open or taken and not enrolled yet.
export function releasablePlaces(capacity: number, stayingChildren: number, openPlaces: number): number {
  return Math.max(0, capacity - stayingChildren - openPlaces);
}

// True if a birth year belongs to the group's cohort.
export function inGroupCohort(
  birthYear: number,
  group: { birthYearFrom: number; birthYearTo: number },
): boolean {
  return birthYear >= group.birthYearFrom && birthYear <= group.birthYearTo;
}
