import { describe, expect, it } from "vitest";
import {
  categoryTree,
  flatten,
  isOnline,
  maskPhone,
  pageCount,
  parsePeopleQuery,
  rolesOf,
  searchWords,
} from "@/lib/profile/people-rules";
import {
  anyFileName,
  anyFileType,
  anyUploadProblem,
  MAX_ANY_UPLOAD_BYTES,
} from "@/lib/storage/any-file-rules";

describe("the People tab's rules", () => {
  it("the category tree follows what the organisation has below it", () => {
    const keys = (nodes: ReturnType<typeof categoryTree>) => flatten(nodes).map((n) => n.key);
    expect(keys(categoryTree("REGION_AUTHORITY", { authorities: true, organizations: true }))).toEqual([
      "all",
      "own",
      "own.heads",
      "own.deputies",
      "own.admins",
      "own.others",
      "sub",
      "sub.heads",
      "sub.deputies",
      "sub.admins",
      "sub.others",
      "org",
      "org.heads",
      "org.deputies",
      "org.admins",
      "org.educators",
      "org.others",
      "children",
      "parents",
    ]);
    expect(keys(categoryTree("DISTRICT_AUTHORITY", { authorities: false, organizations: false }))).toEqual([
      "all",
      "own",
      "own.heads",
      "own.deputies",
      "own.admins",
      "own.others",
    ]);
    expect(
      categoryTree("KINDERGARTEN", { authorities: false, organizations: false }).map((n) => n.key),
    ).toEqual(["all", "own", "children", "parents"]);
  });

  it("roles of a group depend on whose staff it is", () => {
    expect(rolesOf("own", "heads", "DISTRICT_AUTHORITY")).toEqual({
      roles: ["AUTHORITY_HEAD"],
      withAdminRight: false,
    });
    expect(rolesOf("own", "heads", "KINDERGARTEN").roles).toEqual(["KG_DIRECTOR"]);
    expect(rolesOf("sub", "admins", "REGION_AUTHORITY")).toEqual({
      roles: ["AUTHORITY_ADMIN"],
      withAdminRight: true,
    });
    expect(rolesOf("org", "educators", "REGION_AUTHORITY").roles).toContain("EDUCATOR");
  });

  it("reads the query string defensively", () => {
    const tree = categoryTree("KINDERGARTEN", { authorities: false, organizations: false });
    expect(parsePeopleQuery({}, tree)).toEqual({ category: "all", q: "", online: false, page: 1 });
    expect(
      parsePeopleQuery({ cat: "own.educators", q: "  Әли   Дана ", online: "1", page: "3" }, tree),
    ).toEqual({
      category: "own.educators",
      q: "Әли Дана",
      online: true,
      page: 3,
    });
    expect(parsePeopleQuery({ cat: "sub.heads", page: "-2", q: "x".repeat(300) }, tree)).toMatchObject({
      category: "all",
      page: 1,
    });
    expect(parsePeopleQuery({ q: "x".repeat(300) }, tree).q).toHaveLength(100);
    expect(searchWords("а б в г д")).toEqual(["а", "б", "в", "г"]);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(51)).toBe(2);
  });

  it("online is a request within five minutes; phones keep only the code and the last two digits", () => {
    const now = new Date("2026-11-22T06:00:00Z");
    expect(isOnline(new Date("2026-11-22T05:55:00Z"), now)).toBe(true);
    expect(isOnline(new Date("2026-11-22T05:54:59Z"), now)).toBe(false);
    expect(isOnline(null, now)).toBe(false);
    expect(maskPhone("+77011112233")).toBe("+7 701 *** ** 33");
    expect(maskPhone("8 (701) 111-22-33")).toBe("+7 701 *** ** 33");
    expect(maskPhone("123")).toBe("***");
    expect(maskPhone(null)).toBeNull();
  });
});

describe("files of any format", () => {
  it("are typed by their bytes first, then by a known extension, else octet-stream", () => {
    expect(anyFileType(new TextEncoder().encode("%PDF-1.7"), "x.bin").mimeType).toBe("application/pdf");
    expect(anyFileType(new Uint8Array([0x50, 0x4b, 3, 4]), "Жоспар.XLSX")).toEqual({
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      extension: "xlsx",
    });
    // a page renamed .pdf is not a PDF, nor is an unknown format anything but bytes
    expect(anyFileType(new TextEncoder().encode("<html>"), "a.pdf").mimeType).toBe(
      "application/octet-stream",
    );
    expect(anyFileType(new TextEncoder().encode("<html>"), "a.html")).toEqual({
      mimeType: "application/octet-stream",
      extension: "bin",
    });
    expect(anyFileName("C:\\docs\\Бұйрық.docx", { mimeType: "x", extension: "docx" })).toBe("Бұйрық.docx");
  });

  it("are refused when empty or larger than 20 MB", () => {
    expect(anyUploadProblem(new Uint8Array())).toBe("validation.upload.empty");
    expect(anyUploadProblem(new Uint8Array(MAX_ANY_UPLOAD_BYTES + 1))).toBe(
      "validation.profile.fileTooLarge",
    );
    expect(anyUploadProblem(new Uint8Array(MAX_ANY_UPLOAD_BYTES))).toBeNull();
  });
});
