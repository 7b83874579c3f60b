import { z } from "zod";
import { iinSchema } from "@/lib/iin/schema";

// Blocking a parent's cabinet: whose (the parent's own IIN), why (the confirmed violation), and the
// explicit confirmation that the contracts with the kindergarten end too.
export const blockCabinetSchema = z.object({
  parentIin: iinSchema,
  reason: z
    .string({ message: "validation.block.reason" })
    .trim()
    .min(10, "validation.block.reason")
    .max(1000, "validation.tooLong"),
  confirm: z.literal("on", { message: "validation.block.confirm" }),
});

export type BlockCabinetInput = z.infer<typeof blockCabinetSchema>;
