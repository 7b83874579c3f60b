import { describe, expect, it } from "vitest";
import { kazakhLatin } from "@/lib/org/latin";
import { localName, orgShortName } from "@/lib/org/names";

describe("organisation names in the English pages: the Kazakh name in the Kazakh Latin alphabet", () => {
  it("writes the Kazakh letters as the 2021 alphabet does (dotted İ for и/й, dotless ı for і)", () => {
    expect(kazakhLatin("Қарлығаш")).toBe("Qarlyğaş");
    expect(kazakhLatin("Бөбек балабақшасы")).toBe("Böbek balabaqşasy");
    expect(kazakhLatin("Ұлағат")).toBe("Ūlağat");
    expect(kazakhLatin("Ирис")).toBe("İris");
    expect(kazakhLatin("Ілгері")).toBe("Ilgerı");
    expect(kazakhLatin("Көкшетау қаласы")).toBe("Kökşetau qalasy");
    expect(kazakhLatin("№12 «Шұғыла»")).toBe("№12 «Şūğyla»"); // digits and punctuation stay
  });

  it("kk shows the Kazakh name, ru the Russian, en the Latin one", () => {
    const o = { shortNameKk: "«Балапан» балабақшасы", shortNameRu: "Детский сад «Балапан»" };
    expect(orgShortName(o, "kk")).toBe("«Балапан» балабақшасы");
    expect(orgShortName(o, "ru")).toBe("Детский сад «Балапан»");
    expect(orgShortName(o, "en")).toBe("«Balapan» balabaqşasy");
    expect(localName("Толық күн", "Полный день", "en")).toBe("Tolyq kün");
  });
});
