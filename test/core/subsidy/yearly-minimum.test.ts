/* global describe, expect, it */
import { applyProgrammes } from "../../../src/core/subsidy";
import { builtIn, event, totalApplied } from "./helpers";

// JETRO Hong Kong 2021 report, table 2: 「ソフトウェア著作権：年登録 20 件以上で 300 元/件」 and 「国家/広東省著作権登記：
// 年登録 5 件以上で 200 元/件」: paid only when the applicant registers at least that many in the year.
describe("yearly minimum number of cases", () => {
  const sz2021 = builtIn("SZ-2021");
  const registrations = (count: number, rightType: "software-copyright" | "copyright") =>
    Array.from({ length: count }, (_, i) =>
      event(`SW-${String(i).padStart(2, "0")}`, "Acme", "registration", "CN", "2021-06-01", {
        rightType,
      })
    );

  it("pays 20 software registrations 300 each: 20 × 300 = 6,000", () => {
    expect(totalApplied(applyProgrammes(registrations(20, "software-copyright"), [sz2021]))).toBe(
      "6000"
    );
  });

  it("pays 19 software registrations nothing, and says why", () => {
    const offsets = applyProgrammes(registrations(19, "software-copyright"), [sz2021]);
    expect(totalApplied(offsets)).toBe("0");
    expect(offsets[0].reason).toBe("needs at least 20 cases in 2021 (the data has 19)");
  });

  it("pays 5 copyright registrations 200 each (5 × 200 = 1,000), 4 nothing", () => {
    expect(totalApplied(applyProgrammes(registrations(5, "copyright"), [sz2021]))).toBe("1000");
    expect(totalApplied(applyProgrammes(registrations(4, "copyright"), [sz2021]))).toBe("0");
  });

  it("pays a certification mark 200,000 and a geographical indication 500,000, but an ordinary CN mark nothing", () => {
    const offsets = applyProgrammes(
      [
        event("CM-1", "Acme", "registration", "CN", "2021-06-01", { rightType: "collective-mark" }),
        event("GI-1", "Acme", "registration", "CN", "2021-06-01", {
          rightType: "geographical-indication",
        }),
        event("TM-1", "Acme", "registration", "CN", "2021-06-01", { rightType: "trademark" }),
      ],
      [sz2021]
    );
    expect(offsets.map((offset) => [offset.rightId, offset.applied.toString()])).toEqual([
      ["CM-1", "200000"],
      ["GI-1", "500000"],
    ]);
  });
});
