import { HAN_CLASS } from "../../src/core/script-classes";
import { quoteSheetName } from "../../src/core/address";
import { isUnitLike } from "../../src/core/parse-number";

const han = new RegExp(`^[${HAN_CLASS}]$`, "u");
const engineHan = /^\p{Script=Han}$/u;

describe("character classes without Unicode property escapes", () => {
  it("HAN_CLASS holds exactly the Han script as this engine knows it", () => {
    const differing: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const char = String.fromCodePoint(cp);
      if (han.test(char) !== engineHan.test(char)) differing.push(cp.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it("keeps Han and ASCII sheet names plain and quotes the rest", () => {
    expect(quoteSheetName("项目_2024.v2")).toBe("项目_2024.v2");
    expect(quoteSheetName("𠀀表")).toBe("𠀀表");
    expect(quoteSheetName("Données")).toBe("'Données'");
    expect(quoteSheetName("1表")).toBe("'1表'");
  });

  it("reads Han units, including ones outside the basic plane", () => {
    expect(isUnitLike("人次")).toBe(true);
    expect(isUnitLike("𠀀")).toBe(true);
    expect(isUnitLike("件。")).toBe(false);
  });
});
