// Shared state of one demo-seed run: the transaction, "today", deterministic randomness,
// person factory (valid unique IINs, unique phones) and what earlier steps created.
import type { AbsenceReason, GroupLanguage, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { makeIin } from "@/lib/iin/iin";
import { addDays, startOfLocalDay } from "@/lib/calendar/zone";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { IdFactory, Rng } from "./rng";
import {
  pickFatherName,
  pickFirstName,
  pickSurname,
  patronymic,
  surnameForm,
  type Ethnicity,
  type SexCode,
} from "./names";

export type SeedDb = Prisma.TransactionClient | PrismaClient;
export const TZ = "Asia/Almaty";
export const CHUNK = 5000;

// Calendar day for a @db.Date column.
export function day(ymd: string): Date {
  return new Date(`${ymd}T00:00:00.000Z`);
}

const dayStart = new Map<string, number>();

// An instant at local time hh:mm of a day in Asia/Almaty (day starts cached: time-zone math is slow).
export function at(ymd: string, hh: number, mm = 0): Date {
  let t = dayStart.get(ymd);
  if (t === undefined) {
    t = startOfLocalDay(ymd, TZ).getTime();
    dayStart.set(ymd, t);
  }
  return new Date(t + (hh * 60 + mm) * 60_000);
}

export function ymdOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// Inserts rows with createMany in chunks.
export async function insertMany<T>(
  rows: readonly T[],
  create: (chunk: T[]) => Promise<unknown>,
  size = CHUNK,
): Promise<number> {
  for (let i = 0; i < rows.length; i += size) await create(rows.slice(i, i + size));
  return rows.length;
}

// Fixed IINs of the documented demo people (docs/DEMO.md), the same whatever "today" is.
export const DEMO_IINS = {
  parent1: makeIin(day("1992-07-14"), "female", 4123),
  parent2: makeIin(day("1990-10-09"), "male", 3871),
  unlinked: makeIin(day("1995-01-25"), "female", 4763),
  alikhan: makeIin(day("2021-04-12"), "male", 5287),
  aiaru: makeIin(day("2023-02-08"), "female", 6779),
  alisa: makeIin(day("2022-05-20"), "female", 6730),
  matvey: makeIin(day("2024-06-15"), "male", 5198),
  nurislam: makeIin(day("2024-03-03"), "male", 5001),
} as const;

/** Seed of the random streams. Not derived from "today": names and IINs stay the same for any date. */
const SEED = "balabaqsha-demo-v1";

export type PersonRow = Prisma.PersonCreateManyInput & {
  id: string;
  iin: string;
  lastName: string;
  firstName: string;
};

export type NewPerson = {
  eth: Ethnicity;
  sex: SexCode;
  birthDate: string;
  child?: boolean;
  firstName?: string;
  lastName?: string;
  /** Male surname form; the person's form is derived from it and the sex. */
  familySurname?: string;
  middleName?: string | null;
  fatherName?: string;
  phone?: string | null | true;
  email?: string;
  iin?: string;
  /** When the record was entered (default: late August 2026, before the school year). */
  createdAt?: Date;
};

export type GroupInfo = {
  id: string;
  orgId: string;
  name: string;
  birthYearFrom: number;
  birthYearTo: number;
  language: GroupLanguage;
  capacity: number;
  educatorIds: string[];
};

export type KgInfo = {
  id: string;
  slug: string;
  districtCode: string;
  territoryId: string;
  authorityId: string;
  nameKk: string;
  nameRu: string;
  isMain: boolean;
  isPrivate: boolean;
  small: boolean;
  voucher: boolean;
  groupSpecs: { name: string; from: number; to: number; language: GroupLanguage; capacity: number }[];
  address: string;
  groups: GroupInfo[];
  directorId?: string;
  adminId?: string;
  staffIds: string[];
  parentIds: string[];
};

export type ParentLink = { personId: string; relation: "mother" | "father"; phone: string; iin: string };

export type EnrolmentInfo = {
  id: string;
  groupId: string;
  orgId: string;
  startsOn: string;
  endsOn: string | null;
};

export type ChildInfo = {
  id: string;
  iin: string;
  name: string;
  birthDate: string;
  kg: KgInfo;
  parents: ParentLink[];
  enrolments: EnrolmentInfo[];
  /** Scenario tag for the timesheet/voucher story (parent1-a, annul, at-risk …). */
  scenario?: string;
};

export type MarkInfo = {
  date: string;
  status: "PRESENT" | "ABSENT";
  reason: AbsenceReason | null;
  groupId: string;
  orgId: string;
  markedById: string;
};

export type AuthorityInfo = {
  id: string;
  slug: string;
  code: string;
  territoryId: string;
  nameKk: string;
  nameRu: string;
  headId?: string;
  adminId?: string;
  staffIds: string[];
};

export type DemoChild = {
  id: string;
  name: string;
  iin: string;
  kindergarten: string;
  /** Already bound to the parent's cabinet (else: bind by IIN). */
  bound: boolean;
  /** Monthly timesheet statuses, e.g. ["2026-09 CONFIRMED", "2026-10 NOT_CONFIRMED"]. */
  timesheets?: string[];
  voucher?: string;
  queue?: string;
};

export type DemoSignIn = {
  role: string;
  description: string;
  login?: string;
  password?: string;
  phone?: string;
  iin?: string;
  note?: string;
  children?: DemoChild[];
};

export class SeedContext {
  readonly rng: Rng;
  readonly ids: IdFactory;
  readonly territories = new Map<string, string>();
  region!: AuthorityInfo;
  readonly districts = new Map<string, AuthorityInfo>();
  readonly kindergartens: KgInfo[] = [];
  readonly children: ChildInfo[] = [];
  readonly signIns: DemoSignIn[] = [];
  readonly counts: Record<string, number> = {};
  calendar!: WorkingCalendar;
  /** Dates (YYYY-MM-DD) of closures per organisation. */
  readonly closures = new Map<string, Set<string>>();
  /** Named persons later steps refer to (parent1, director of the main kindergarten …). */
  readonly named = new Map<string, PersonRow>();
  /** Timesheet statuses ("2026-09 CONFIRMED") and voucher ("V-… ACTIVE") per child id, for the summary. */
  readonly childStory = new Map<string, { timesheets: string[]; voucher?: string }>();
  /** Attendance marks per child id, in date order (the timesheets are built from them). */
  readonly marks = new Map<string, MarkInfo[]>();
  /** Accounts created, for the sign-in history. */
  readonly users: { id: string; method: "PASSWORD" | "OTP"; registeredAt: Date | null }[] = [];
  /** Password hashes prepared before the transaction (scrypt is slow): one per documented
   *  "demo12345" account, the invitation's temporary one, and one shared by the extra accounts. */
  passwords: { demo: string[]; temp: string; shared: string } = { demo: [], temp: "", shared: "" };

  demoPasswordHash(): string {
    const h = this.passwords.demo.pop();
    if (!h) throw new Error("seed: not enough prepared password hashes");
    return h;
  }

  private pending: PersonRow[] = [];
  private readonly iins = new Set<string>();
  private readonly phones = new Set<string>();

  constructor(
    readonly db: SeedDb,
    readonly today: string,
  ) {
    this.rng = new Rng(SEED);
    this.ids = new IdFactory(`${SEED}:ids`);
    for (const iin of Object.values(DEMO_IINS)) this.iins.add(iin);
    // Reserved demo numbers never go to random people.
    for (let i = 0; i <= 9; i++) this.phones.add(`+7701000000${i}`);
  }

  // The instant, or yesterday evening if it would be later (nothing in the demo happened after today began).
  notAfterYesterday(d: Date): Date {
    const limit = at(this.yesterday, 20);
    return d < limit ? d : limit;
  }

  get yesterday(): string {
    return addDays(this.today, -1);
  }

  child(scenario: string): ChildInfo | undefined {
    return this.children.find((c) => c.scenario === scenario);
  }

  get mainKg(): KgInfo {
    const kg = this.kindergartens.find((k) => k.isMain);
    if (!kg) throw new Error("seed: main kindergarten not created yet");
    return kg;
  }

  count(key: string, n: number): void {
    this.counts[key] = (this.counts[key] ?? 0) + n;
  }

  // A unique Kazakhstan mobile number, +77xxxxxxxxx.
  phone(): string {
    const prefixes = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"];
    for (;;) {
      const p = `+7${this.rng.pick(prefixes)}${String(this.rng.int(0, 9_999_999)).padStart(7, "0")}`;
      if (!this.phones.has(p)) {
        this.phones.add(p);
        return p;
      }
    }
  }

  reservePhone(p: string): void {
    this.phones.add(p);
  }

  // A unique valid IIN for a birth date and sex.
  iin(birthDate: string, sex: SexCode): string {
    for (;;) {
      const iin = makeIin(day(birthDate), sex, this.rng.int(0, 9999));
      if (!this.iins.has(iin)) {
        this.iins.add(iin);
        return iin;
      }
    }
  }

  // A random date in [from, to].
  date(fromYmd: string, toYmd: string): string {
    const a = day(fromYmd).getTime();
    const b = day(toYmd).getTime();
    return ymdOf(new Date(a + this.rng.int(0, Math.round((b - a) / 86_400_000)) * 86_400_000));
  }

  // Builds a person row (queued for insert by flushPersons).
  person(p: NewPerson): PersonRow {
    const rng = this.rng;
    const child = p.child ?? false;
    const familySurname = p.familySurname ?? pickSurname(rng, p.eth);
    const lastName = p.lastName ?? surnameForm(familySurname, p.sex);
    const firstName = p.firstName ?? pickFirstName(rng, p.eth, p.sex, child);
    const middleName =
      p.middleName !== undefined
        ? p.middleName
        : patronymic(p.fatherName ?? pickFatherName(rng, p.eth), p.sex, p.eth);
    const iin = p.iin ?? this.iin(p.birthDate, p.sex);
    if (p.iin) this.iins.add(p.iin);
    const phone = p.phone === true ? this.phone() : (p.phone ?? null);
    if (phone) this.phones.add(phone);
    const row: PersonRow = {
      id: this.ids.next(),
      iin,
      lastName,
      firstName,
      middleName,
      birthDate: day(p.birthDate),
      sex: p.sex === "male" ? "MALE" : "FEMALE",
      phone,
      email: p.email ?? null,
      createdAt: p.createdAt ?? at("2026-08-20", 9),
      updatedAt: p.createdAt ?? at("2026-08-20", 9),
    };
    this.pending.push(row);
    return row;
  }

  fullName(p: PersonRow): string {
    return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
  }

  async flushPersons(): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    this.count("persons", await insertMany(rows, (c) => this.db.person.createMany({ data: c })));
  }
}
