import { describe, expect, it } from "vitest";
import { cohortOf, isActiveStatus } from "@/lib/queue/applications/cohort";
import { applySchema, choicesOf } from "@/lib/queue/applications/schemas";
import { MAX_UPLOAD_BYTES, safeFileName, sniffDocumentType, uploadProblem } from "@/lib/storage/upload-rules";

describe("the age cohort of an application", () => {
  it("is the birth year for a child under 6, up to the day before the 6th birthday", () => {
    expect(cohortOf("2020-11-22", "2026-11-21")).toEqual({ ok: true, birthYear: 2020 });
    expect(cohortOf("2020-11-22", "2026-11-22")).toEqual({ ok: false, key: "validation.queue.tooOld" });
    expect(cohortOf("2020-02-29", "2026-02-28")).toEqual({ ok: true, birthYear: 2020 });
    expect(cohortOf("2026-11-22", "2026-11-22")).toEqual({ ok: true, birthYear: 2026 });
  });

  it("refuses a birth date in the future", () => {
    expect(cohortOf("2026-11-23", "2026-11-22")).toEqual({ ok: false, key: "validation.queue.birthFuture" });
  });

  it("counts waiting and referred applications as active, the others not", () => {
    expect(["WAITING", "REFERRED"].every(isActiveStatus)).toBe(true);
    expect(["ENROLLED", "INACTIVE", "REMOVED"].some(isActiveStatus)).toBe(false);
  });
});

describe("the application form", () => {
  const valid = {
    childIin: "210315601231",
    childLastName: "Жұмабаев",
    childFirstName: "Алихан",
    childBirthDate: "2021-03-15",
    relation: "mother",
    territoryId: "t1",
    choice1: "kg1",
    choice2: "kg2",
    choice3: "",
    language: "KK",
    priority: "NONE",
    phone: "8 701 000 00 01",
    wantsVoucher: "on",
  };

  it("accepts a valid application and normalises the phone and choices", () => {
    const r = applySchema.parse(valid);
    expect(r.phone).toBe("+77010000001");
    expect(choicesOf(r)).toEqual(["kg1", "kg2"]);
    expect(r.wantsVoucher).toBe(true);
  });

  it("refuses a bad IIN, a gap or a repeat in the choices, an unknown category, a landline phone", () => {
    const err = (over: Record<string, string>) =>
      applySchema
        .safeParse({ ...valid, ...over })
        .error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(err({ childIin: "210315601232" })).toEqual(["childIin:validation.iin.checksum"]);
    expect(err({ choice2: "", choice3: "kg3" })).toEqual(["choice2:validation.queue.choiceGap"]);
    expect(err({ choice2: "kg1" })).toEqual(["choice2:validation.queue.choiceTwice"]);
    expect(err({ priority: "VIP" })).toEqual(["priority:validation.chooseFromList"]);
    expect(err({ phone: "7172 55 55 55" })).toEqual(["phone:validation.phone"]);
    expect(err({ childBirthDate: "2021-02-30" })).toEqual(["childBirthDate:validation.date"]);
  });
});

describe("the priority document upload", () => {
  const pdf = new TextEncoder().encode("%PDF-1.7\n...");
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]);

  it("recognises PDF, PNG and JPEG by their first bytes, not by the name", () => {
    expect(sniffDocumentType(pdf)?.mimeType).toBe("application/pdf");
    expect(sniffDocumentType(png)?.extension).toBe("png");
    expect(sniffDocumentType(jpg)?.extension).toBe("jpg");
    expect(sniffDocumentType(new TextEncoder().encode("<html>%PDF-"))).toBeNull();
  });

  it("refuses empty, too large and other files", () => {
    expect(uploadProblem(new Uint8Array())).toBe("validation.upload.empty");
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(pdf);
    expect(uploadProblem(big)).toBe("validation.upload.tooLarge");
    expect(uploadProblem(new TextEncoder().encode("MZ executable"))).toBe("validation.upload.type");
    const max = new Uint8Array(MAX_UPLOAD_BYTES);
    max.set(pdf);
    expect(uploadProblem(max)).toBeNull();
  });

  it("keeps only a plain file name", () => {
    expect(safeFileName("C:\\Users\\a\\анықтама.pdf", "pdf")).toBe("анықтама.pdf");
    expect(safeFileName("../../etc/passwd", "pdf")).toBe("passwd");
    expect(safeFileName("", "png")).toBe("document.png");
  });
});
