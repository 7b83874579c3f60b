import type messages from "@/messages/en.json";

// Every translation key of the messages as a dotted path ("kgBuildings.saved"), so what the server
// returns to a form is checked by the type checker against messages/en.json (and the unit test
// tests/unit/messages.test.ts keeps kk and ru in step with it).
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<typeof messages>;
