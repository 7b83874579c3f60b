import { describe, expect, it } from "vitest";
import { diffOf, maskText, MAX_TEXT, shownValue } from "@/lib/audit/diff";

describe("an audit record's changes, as shown in a history", () => {
  it("lists only the fields that differ, in the record's order, with — for a missing side", () => {
    expect(
      diffOf(
        { status: "SENT", reason: "FAMILY", date: "2026-11-19" },
        { status: "CANCELLED", date: "2026-11-19", mark: "PRESENT" },
      ),
    ).toEqual([
      { field: "status", before: "SENT", after: "CANCELLED" },
      { field: "reason", before: "FAMILY", after: "—" },
      { field: "mark", before: "—", after: "PRESENT" },
    ]);
    expect(diffOf(null, { method: "OTP" })).toEqual([{ field: "method", before: "—", after: "OTP" }]);
    expect(diffOf({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it("masks personal data by field name", () => {
    const lines = diffOf(
      {
        iin: "950815350123",
        phone: "+77011234567",
        lastName: "Жұмабаева",
        firstName: "Әсем",
        birthDate: "2023-03-04",
        email: "asem@mail.kz",
        actualAddress: "Алматы, Абай 1",
        answerComment: "температура 39",
        codeHash: "abc",
      },
      {},
    );
    expect(Object.fromEntries(lines.map((l) => [l.field, l.before]))).toEqual({
      iin: "9508******23",
      phone: "+7 701 *** ** 67",
      lastName: "Ж.",
      firstName: "Ә.",
      birthDate: "2023-**-**",
      email: "a***@mail.kz",
      actualAddress: "***",
      answerComment: "***",
      codeHash: "***",
    });
  });

  it("masks IINs and mobile numbers inside any text and inside nested values", () => {
    expect(maskText("ИИН 950815350123, тел. +7 701 123 45 67")).toBe(
      "ИИН 9508******23, тел. +7 701 *** ** 67",
    );
    expect(maskText("8 (701) 123-45-67")).toBe("+7 701 *** ** 67");
    expect(maskText("заявка 2026-11-19, 5 детей")).toBe("заявка 2026-11-19, 5 детей");
    expect(
      shownValue("representative", { lastName: "Ахметов", iin: "950815350123", relation: "father" }),
    ).toBe('{"lastName":"А.","iin":"9508******23","relation":"father"}');
  });

  it("cuts a long value", () => {
    const shown = shownValue("reason", "а".repeat(500));
    expect(shown).toHaveLength(MAX_TEXT);
    expect(shown.endsWith("…")).toBe(true);
  });
});
