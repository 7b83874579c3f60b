import { describe, expect, it } from "vitest";
import { computeIinControlDigit, isValidIin, makeIin, maskIin, validateIin } from "@/lib/iin/iin";
import { iinSchema } from "@/lib/iin/schema";

// The first 11 digits of an IIN whose control digit is unusable (both passes give 10), found by brute force.
function findUnusable(): string {
  for (let i = 0; i < 10000; i++) {
    const first11 = "2103156" + String(i).padStart(4, "0");
    if (computeIinControlDigit(first11) === null) return first11;
  }
  throw new Error("no unusable prefix found");
}

describe("validateIin", () => {
  it("accepts the SPEC examples", () => {
    for (const iin of ["210315601231", "210315600603", "950815350123"]) {
      expect(validateIin(iin)).toMatchObject({ ok: true, iin });
      expect(isValidIin(iin)).toBe(true);
    }
  });

  it("uses the second pass when the first gives 10", () => {
    const first11 = "21031560060";
    const firstPass = [...first11].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
    expect(firstPass).toBe(10);
    expect(computeIinControlDigit(first11)).toBe(3);
  });

  it("rejects a wrong control digit as checksum", () => {
    expect(validateIin("210315601232")).toEqual({ ok: false, error: "checksum" });
    expect(validateIin("210315600604")).toEqual({ ok: false, error: "checksum" });
    expect(isValidIin("210315601232")).toBe(false);
  });

  it("rejects wrong shapes as format", () => {
    for (const bad of [
      "",
      "21031560123",
      "2103156012311",
      "21031560123a",
      "2103-1560-1231",
      "２１０３１５６０１２３１",
      "-21031560123",
    ]) {
      expect(validateIin(bad)).toEqual({ ok: false, error: "format" });
    }
  });

  it("strips spaces and returns the normalised number", () => {
    expect(validateIin(" 2103 1560 1231 ")).toMatchObject({ ok: true, iin: "210315601231" });
  });

  it("reports unusable numbers whatever the last digit", () => {
    const first11 = findUnusable();
    for (let d = 0; d <= 9; d++) expect(validateIin(first11 + d)).toEqual({ ok: false, error: "unusable" });
  });

  it("reads birth date and sex hints", () => {
    const a = validateIin("950815350123");
    expect(a.ok && a.birthDate?.toISOString()).toBe("1995-08-15T00:00:00.000Z");
    expect(a.ok && a.sex).toBe("male");
    const b = validateIin("210315601231");
    expect(b.ok && b.birthDate?.toISOString().slice(0, 10)).toBe("2021-03-15");
    expect(b.ok && b.sex).toBe("female");
  });

  it("keeps a valid checksum even when the hints are implausible", () => {
    // Century digit 0 and 9: no hints at all.
    for (const c of ["0", "9"]) {
      const first11 = "210315" + c + "0012";
      const ctrl = computeIinControlDigit(first11);
      if (ctrl === null) continue;
      expect(validateIin(first11 + ctrl)).toEqual({
        ok: true,
        iin: first11 + ctrl,
        birthDate: null,
        sex: null,
      });
    }
    // 31 February: no date, but the sex digit still reads.
    const feb = "2102315" + "0012";
    const ctrl = computeIinControlDigit(feb);
    expect(ctrl).not.toBeNull();
    expect(validateIin(feb + ctrl)).toMatchObject({ ok: true, birthDate: null, sex: "male" });
  });
});

describe("makeIin", () => {
  it("round-trips birth date and sex for many dates across three centuries", () => {
    let count = 0;
    for (let t = Date.UTC(1850, 0, 1); t < Date.UTC(2099, 11, 31); t += 37 * 86_400_000 + 3_600_000) {
      const birth = new Date(t);
      const sex = count % 2 === 0 ? "male" : "female";
      const iin = makeIin(birth, sex, count % 10000);
      const r = validateIin(iin);
      expect(r.ok, iin).toBe(true);
      if (!r.ok) continue;
      expect(r.birthDate?.toISOString().slice(0, 10)).toBe(birth.toISOString().slice(0, 10));
      expect(r.sex).toBe(sex);
      count++;
    }
    expect(count).toBeGreaterThan(2000);
  });

  it("encodes the century digit and serial", () => {
    expect(makeIin(new Date("2021-03-15T00:00:00Z"), "female", 123)).toBe("210315601231");
    expect(makeIin(new Date("1995-08-15T00:00:00Z"), "male", 5012)).toBe("950815350123");
    expect(makeIin(new Date("1899-12-31T00:00:00Z"), "female", 0).slice(0, 7)).toBe("9912312");
  });

  it("skips to the next serial when the control digit would be unusable", () => {
    const first11 = findUnusable(); // 2103156 + serial
    const serial = Number(first11.slice(7));
    const iin = makeIin(new Date("2021-03-15T00:00:00Z"), "female", serial);
    expect(iin.slice(0, 7)).toBe("2103156");
    expect(Number(iin.slice(7, 11))).toBe(serial + 1);
    expect(isValidIin(iin)).toBe(true);
  });

  it("rejects out-of-range input", () => {
    expect(() => makeIin(new Date("1799-12-31T00:00:00Z"), "male", 1)).toThrow(RangeError);
    expect(() => makeIin(new Date("2100-01-01T00:00:00Z"), "male", 1)).toThrow(RangeError);
    expect(() => makeIin(new Date("2020-01-01T00:00:00Z"), "male", 10000)).toThrow(RangeError);
  });
});

describe("maskIin", () => {
  it("shows the first 4 and last 2 digits", () => {
    expect(maskIin("210315601231")).toBe("2103******31");
    expect(maskIin("2103 1560 1231")).toBe("2103******31");
  });
});

describe("iinSchema", () => {
  it("outputs the normalised IIN", () => {
    expect(iinSchema.parse(" 210315 601231")).toBe("210315601231");
  });

  it("uses translation keys as messages", () => {
    const msg = (s: string) => iinSchema.safeParse(s).error?.issues[0]?.message;
    expect(msg("12345")).toBe("validation.iin.format");
    expect(msg("210315601232")).toBe("validation.iin.checksum");
    expect(msg(findUnusable() + "0")).toBe("validation.iin.unusable");
  });
});
