import { describe, expect, it } from "vitest";
import { parseEnrolForm } from "@/lib/kindergarten/contingent/enrol-form";
import { personUpdates } from "@/lib/kindergarten/contingent/person-merge";
import { listFilterSchema } from "@/lib/kindergarten/contingent/schemas";

const CHILD = "210315601231";
const MOTHER = "950815350123";
const FATHER = "210315600603";

const form = (extra: Record<string, string> = {}) => ({
  childIin: CHILD,
  childLastName: "Жұмабаев",
  childFirstName: "Алихан",
  childMiddleName: "",
  childBirthDate: "",
  groupId: "g1",
  orderNumber: "№ 12-ө",
  orderDate: "2026-08-25",
  startsOn: "2026-09-01",
  capacityOverrideReason: "",
  rep1Iin: MOTHER,
  rep1LastName: "Жұмабаева",
  rep1FirstName: "Әсем",
  rep1MiddleName: "",
  rep1Phone: "8 701 000 00 01",
  rep1Relation: "mother",
  rep2Iin: "",
  rep2LastName: "",
  rep2FirstName: "",
  rep2MiddleName: "",
  rep2Phone: "",
  rep2Relation: "",
  ...extra,
});

describe("contingent: the enrolment form", () => {
  it("parses a valid form: one representative, phone normalised, blank second slot ignored, no tick = false", () => {
    const r = parseEnrolForm(form());
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.representatives).toEqual([
      {
        iin: MOTHER,
        lastName: "Жұмабаева",
        firstName: "Әсем",
        middleName: undefined,
        phone: "+77010000001",
        relation: "mother",
      },
    ]);
    expect(r.data.confirmCohort).toBe(false);
    expect(r.data.childMiddleName).toBeUndefined();
  });

  it("puts each error under its own field, including the representative slots", () => {
    const r = parseEnrolForm(
      form({
        childIin: "210315601232",
        startsOn: "2026-02-30",
        rep1Phone: "12345",
        rep2LastName: "Жұмабаев",
      }),
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.fieldErrors).toMatchObject({
      childIin: "validation.iin.checksum",
      startsOn: "validation.contingent.date",
      rep1Phone: "validation.phone",
      rep2Iin: "validation.iin.format",
      rep2FirstName: "validation.required",
      rep2Relation: "validation.required",
    });
  });

  it("refuses a representative with the child's IIN or a second slot repeating the first", () => {
    const same = parseEnrolForm(form({ rep1Iin: CHILD }));
    expect(!same.success && same.fieldErrors.rep1Iin).toBe("validation.contingent.sameIin");
    const twice = parseEnrolForm(
      form({
        rep2Iin: MOTHER,
        rep2LastName: "A",
        rep2FirstName: "B",
        rep2Phone: "+77011112233",
        rep2Relation: "father",
      }),
    );
    expect(!twice.success && twice.fieldErrors.rep2Iin).toBe("validation.contingent.sameIin");
    const two = parseEnrolForm(
      form({
        rep2Iin: FATHER,
        rep2LastName: "A",
        rep2FirstName: "B",
        rep2Phone: "+77011112233",
        rep2Relation: "father",
        confirmCohort: "on",
      }),
    );
    expect(two.success && two.data.representatives.length).toBe(2);
    expect(two.success && two.data.confirmCohort).toBe(true);
  });

  it("requires the first representative", () => {
    const r = parseEnrolForm(
      form({ rep1Iin: "", rep1LastName: "", rep1FirstName: "", rep1Phone: "", rep1Relation: "" }),
    );
    expect(!r.success && r.fieldErrors).toMatchObject({
      rep1Iin: "validation.iin.format",
      rep1Phone: "validation.phone",
      rep1Relation: "validation.required",
    });
  });
});

describe("contingent: reusing a person on record", () => {
  it("fills only empty fields and keeps the names on record", () => {
    const onRecord = {
      lastName: "",
      firstName: "",
      middleName: null,
      birthDate: null,
      sex: null,
      phone: "+77010000001",
    };
    const entered = {
      lastName: "Смирнов",
      firstName: "Андрей",
      middleName: "Викторович",
      phone: "+77010000001",
      sex: "MALE" as const,
    };
    expect(personUpdates(onRecord, entered)).toEqual({
      lastName: "Смирнов",
      firstName: "Андрей",
      middleName: "Викторович",
      sex: "MALE",
    });
    expect(
      personUpdates(
        { lastName: "Смирнов", firstName: "Андрей" },
        { lastName: "Smirnov", firstName: "Andrei" },
      ),
    ).toEqual({});
  });

  it("never changes the phone of a person on record, not even an empty one (it is the person's own)", () => {
    expect(
      personUpdates(
        { lastName: "A", firstName: "B", phone: "+77010000001" },
        { lastName: "A", firstName: "B", phone: "+77019998877" },
      ),
    ).toEqual({});
    expect(
      personUpdates(
        { lastName: "A", firstName: "B", phone: null },
        { lastName: "A", firstName: "B", phone: "+77019998877" },
      ),
    ).toEqual({});
  });
});

describe("contingent: list filters", () => {
  it("defaults to current children and drops unknown values", () => {
    expect(listFilterSchema.parse({})).toEqual({ status: "current", group: undefined, q: undefined });
    expect(listFilterSchema.parse({ status: "weird", group: "", q: "  Алих " })).toEqual({
      status: "current",
      group: undefined,
      q: "Алих",
    });
    expect(listFilterSchema.parse({ status: "left", group: "g1" }).status).toBe("left");
  });
});
