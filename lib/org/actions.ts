"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { DISTRICT_COOKIE } from "./territories";

const chooseDistrictSchema = z.object({ district: z.string().min(1).max(40) });

// Remembers the visitor's district (public, no sign-in needed); unknown codes change nothing.
export async function chooseDistrict(formData: FormData): Promise<void> {
  const parsed = chooseDistrictSchema.safeParse({ district: formData.get("district") });
  if (!parsed.success) return;
  const exists = await prisma.territory.findFirst({
    where: { code: parsed.data.district, kind: { in: ["DISTRICT", "CITY"] } },
    select: { id: true },
  });
  if (!exists) return;
  (await cookies()).set(DISTRICT_COOKIE, parsed.data.district, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
  });
  revalidatePath("/", "layout");
}
