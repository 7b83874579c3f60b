import "server-only";
import { prisma } from "@/lib/db/prisma";
import { dbDateToYmd } from "@/lib/calendar/db-date";

/** A child's birth record as the civil registry (ГБД ФЛ / ЗАГС) holds it. */
export type BirthRecordView = {
  childIin: string;
  /** YYYY-MM-DD */
  birthDate: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  motherIin: string | null;
  fatherIin: string | null;
};

/** The civil registry of births, asked by the child's IIN. */
export interface BirthRegistry {
  findByChildIin(childIin: string): Promise<BirthRecordView | null>;
}

// The registry kept in our own table (BirthRecord): filled by the demo data and the tests, and in a
// deployment by the regular import from the state database of individuals. A live ГБД ФЛ client (through
// the government's integration bus) implements the same interface and replaces it in birthRegistry().
export const tableBirthRegistry: BirthRegistry = {
  async findByChildIin(childIin) {
    const row = await prisma.birthRecord.findUnique({ where: { childIin } });
    return row ? { ...row, birthDate: dbDateToYmd(row.birthDate) } : null;
  },
};

// The registry this server asks.
export function birthRegistry(): BirthRegistry {
  return tableBirthRegistry;
}
