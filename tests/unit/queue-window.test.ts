import { describe, expect, it } from "vitest";
import { makeCalendar, makeDefaultCalendar } from "@/lib/calendar/working-days";
import {
  accessWindow,
  augustPauseEnd,
  closeOfNthWorkingDay,
  placeAccess,
  underSummerSchedule,
} from "@/lib/queue/places/window";

const cal = makeDefaultCalendar(2026, 2027); // Kazakhstan's default holidays with weekend transfers
const at = (iso: string) => new Date(iso);

describe("the priority window: 18:00 local on the N-th working day after the day of release", () => {
  it("released on a Monday morning: priority until Thursday 18:00 (the release day never counts)", () => {
    expect(accessWindow(at("2026-11-23T10:00:00+05:00"), cal, 3).generalFrom).toEqual(
      at("2026-11-26T18:00:00+05:00"),
    );
    expect(accessWindow(at("2026-11-23T23:50:00+05:00"), cal, 3).generalFrom).toEqual(
      at("2026-11-26T18:00:00+05:00"),
    );
  });

  it("skips the weekend: released Friday or Saturday → the next Wednesday 18:00", () => {
    expect(closeOfNthWorkingDay(at("2026-11-27T09:00:00+05:00"), cal, 3)).toEqual(
      at("2026-12-02T18:00:00+05:00"),
    );
    expect(closeOfNthWorkingDay(at("2026-11-28T12:00:00+05:00"), cal, 3)).toEqual(
      at("2026-12-02T18:00:00+05:00"),
    );
  });

  it("skips holidays and transferred days off (8 March 2026 is a Sunday, its day off moves to Monday 9 March)", () => {
    // Fri 6 Mar → Sat, Sun (8 Mar), Mon 9 (transfer) are off → Tue 10, Wed 11, Thu 12.
    expect(closeOfNthWorkingDay(at("2026-03-06T10:00:00+05:00"), cal, 3)).toEqual(
      at("2026-03-12T18:00:00+05:00"),
    );
    // Nauryz 2026: 21–23 March plus transfers to 24 and 25 March → Thu 26, Fri 27, Mon 30.
    expect(closeOfNthWorkingDay(at("2026-03-20T10:00:00+05:00"), cal, 3)).toEqual(
      at("2026-03-30T18:00:00+05:00"),
    );
    // Independence Day, Wed 16 Dec: Mon 14 → Tue 15, Thu 17, Fri 18.
    expect(closeOfNthWorkingDay(at("2026-12-14T10:00:00+05:00"), cal, 3)).toEqual(
      at("2026-12-18T18:00:00+05:00"),
    );
  });

  it("counts a weekend day made a working day by decree", () => {
    const decree = makeCalendar({ holidays: [], overrides: [{ date: "2026-11-28", kind: "working_day" }] });
    expect(closeOfNthWorkingDay(at("2026-11-27T09:00:00+05:00"), decree, 3)).toEqual(
      at("2026-12-01T18:00:00+05:00"),
    );
  });

  it("takes the release day in the kindergarten's zone, not in UTC", () => {
    // 20:00 UTC on Monday 23 Nov is 01:00 on Tuesday 24 Nov in Almaty → Wed, Thu, Fri.
    expect(closeOfNthWorkingDay(at("2026-11-23T20:00:00Z"), cal, 3, "Asia/Almaty")).toEqual(
      at("2026-11-27T18:00:00+05:00"),
    );
    expect(closeOfNthWorkingDay(at("2026-11-23T20:00:00Z"), cal, 3, "UTC")).toEqual(
      at("2026-11-26T18:00:00Z"),
    );
  });

  it("is priority up to the last millisecond and general from the window's end on", () => {
    const released = at("2026-11-23T10:00:00+05:00");
    const end = at("2026-11-26T18:00:00+05:00");
    expect(placeAccess(released, new Date(end.getTime() - 1), cal, 3)).toBe("priority");
    expect(placeAccess(released, end, cal, 3)).toBe("general");
    expect(placeAccess(released, released, cal, 3)).toBe("priority");
    expect(placeAccess(released, at("2026-11-25T18:00:00+05:00"), cal, 2)).toBe("general"); // the setting is honoured
  });
});

describe("the summer-recruitment schedule replaces the window", () => {
  const summer = { priorityFrom: "2027-06-03", priorityTo: "2027-06-05", generalFrom: "2027-06-06" };

  it("a place released ahead of the priority days waits for them and opens to everyone on the general day", () => {
    const w = accessWindow(at("2027-05-20T10:00:00+05:00"), cal, 3, { summer });
    expect(w).toEqual({
      priorityFrom: at("2027-06-03T00:00:00+05:00"),
      generalFrom: at("2027-06-06T00:00:00+05:00"),
      summer: true,
      paused: false,
    });
    expect(
      placeAccess(at("2027-05-20T10:00:00+05:00"), at("2027-06-05T23:59:00+05:00"), cal, 3, { summer }),
    ).toBe("priority");
    expect(
      placeAccess(at("2027-05-20T10:00:00+05:00"), at("2027-06-06T00:00:00+05:00"), cal, 3, { summer }),
    ).toBe("general");
  });

  it("a place released during the priority days is offered at once; after them, or long before, the normal window applies", () => {
    expect(accessWindow(at("2027-06-04T11:00:00+05:00"), cal, 3, { summer }).priorityFrom).toEqual(
      at("2027-06-04T11:00:00+05:00"),
    );
    expect(accessWindow(at("2027-06-07T11:00:00+05:00"), cal, 3, { summer }).summer).toBe(false);
    expect(underSummerSchedule("2027-04-19", summer)).toBe(true); // 45 days ahead
    expect(underSummerSchedule("2027-04-18", summer)).toBe(false);
    expect(underSummerSchedule("2027-06-05", summer)).toBe(true);
    expect(underSummerSchedule("2027-06-06", summer)).toBe(false);
  });
});

describe("August: children move between age groups and publication pauses until 1 September", () => {
  it("a place released in August waits for 1 September and then has its full three working days", () => {
    // 2026: 30 August (Constitution Day) is a Sunday, so Monday 31 August is the day off; 1 September is a Tuesday.
    const w = accessWindow(at("2026-08-14T11:00:00+05:00"), cal, 3);
    expect(w).toEqual({
      priorityFrom: at("2026-09-01T00:00:00+05:00"),
      generalFrom: at("2026-09-03T18:00:00+05:00"), // Tue 1, Wed 2, Thu 3 September
      summer: false,
      paused: true,
    });
    expect(placeAccess(at("2026-08-14T11:00:00+05:00"), at("2026-09-03T17:59:59+05:00"), cal, 3)).toBe(
      "priority",
    );
    expect(placeAccess(at("2026-08-14T11:00:00+05:00"), at("2026-09-03T18:00:00+05:00"), cal, 3)).toBe(
      "general",
    );
  });

  it("the pause is the local month: 1 August 01:00 in Astana is paused, 31 July 23:59 and 1 September are not", () => {
    expect(accessWindow(at("2026-07-31T20:00:00Z"), cal, 3).paused).toBe(true); // 1 Aug 01:00 +05
    const july = accessWindow(at("2026-07-31T23:59:00+05:00"), cal, 3);
    expect(july.paused).toBe(false);
    expect(july.generalFrom).toEqual(at("2026-08-05T18:00:00+05:00")); // Mon 3, Tue 4, Wed 5 August
    const last = accessWindow(at("2026-08-31T23:59:00+05:00"), cal, 3);
    expect(last.priorityFrom).toEqual(at("2026-09-01T00:00:00+05:00"));
    const september = accessWindow(at("2026-09-01T09:00:00+05:00"), cal, 3);
    expect(september).toMatchObject({ paused: false, priorityFrom: at("2026-09-01T09:00:00+05:00") });
    expect(september.generalFrom).toEqual(at("2026-09-04T18:00:00+05:00")); // the release day never counts
    // 2027: 30 August is a Monday holiday, 1 September a Wednesday.
    expect(accessWindow(at("2027-08-30T12:00:00+05:00"), cal, 3).generalFrom).toEqual(
      at("2027-09-03T18:00:00+05:00"),
    );
  });

  it("augustPauseEnd names the day publication resumes", () => {
    expect(augustPauseEnd("2026-08-01")).toBe("2026-09-01");
    expect(augustPauseEnd("2026-08-31")).toBe("2026-09-01");
    expect(augustPauseEnd("2026-07-31")).toBeNull();
    expect(augustPauseEnd("2026-09-01")).toBeNull();
  });
});
