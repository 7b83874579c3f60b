"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { jsonAction } from "@/lib/action/define-action";
import { prisma } from "@/lib/db/prisma";
import { DISTRICT_COOKIE } from "./territories";

// Remembers the visitor's district (public, no sign-in needed); an unknown code changes nothing.
export const chooseDistrict = jsonAction({
  name: "district.choose",
  permission: "district.choose",
  schema: z.object({ district: z.string().min(1).max(40) }),
  run: async ({ input }) => {
    const exists = await prisma.territory.findFirst({
      where: { code: input.district, kind: { in: ["DISTRICT", "CITY"] } },
      select: { id: true },
    });
    if (exists)
      (await cookies()).set(DISTRICT_COOKIE, input.district, {
        path: "/",
        maxAge: 365 * 24 * 3600,
        sameSite: "lax",
      });
    return { chosen: !!exists };
  },
  revalidate: [["/", "layout"]],
});
