import { Prisma } from "@/lib/generated/prisma/client";

// Instants are stored as UTC in `timestamp` columns (Prisma's DateTime): their calendar day in
// Kazakhstan time, for grouping and for comparing with a period's days.
export function localDay(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty')::date`;
}
