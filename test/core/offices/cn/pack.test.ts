import { dayFromCivil, dayToIso } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { CN_PACK } from "../../../../src/core/offices/cn/pack";
import { CN_RULES } from "../../../../src/core/offices/cn/rules";
import { valueInForce } from "../../../../src/core/rules/dated-series";

// China behind the office interface: the same fees and dates as the CN functions (docs/offices/cn.md).
describe("CN office pack", () => {
  it("gives each fee its own band's grade; the band keeps its source, with the day it was read", () => {
    const lines = CN_PACK.schedule({
      office: "CN",
      kind: "design",
      filing: dayFromCivil(2021, 6, 1),
    });
    const bandOf = (line: (typeof lines)[number]) =>
      valueInForce(CN_RULES.feeSchedules, line.due, "fee schedule").bands.design[line.year]!;
    // Year 1 is due 2021-06-01, before 2022-05-05: the floor band, never read against a document of 2021.
    expect([lines[0].confidence, bandOf(lines[0]).source.sourceReadOn]).toEqual(["LOW", undefined]);
    // Year 11 (due 2031-06-01) comes from the 2022 band of 发改价格〔2022〕465号, read 2026-12-01 (stored
    // copy): the source the pane's fee table shows beside the fee.
    expect(lines[10].amount?.toString()).toBe("3000");
    expect(lines[10].confidence).toBe("HIGH");
    const band = bandOf(lines[10]);
    expect(band.source.title).toMatch(/^发改价格〔2022〕465号/);
    expect(band.source.sourceReadOn).toBe("2026-12-01");
    expect(band.source.secondary).toMatch(/panzhihua\.gov\.cn/);
  });

  it("lists an invention's 20 fees from year 1 with a six-month last day (CN-E1, CN-E6)", () => {
    const lines = CN_PACK.schedule({
      office: "CN",
      kind: "invention",
      filing: dayFromCivil(2018, 7, 9),
    });
    expect(lines).toHaveLength(20);
    expect([lines[3].year, dayToIso(lines[3].due), lines[3].amount?.toString()]).toEqual([
      4,
      "2021-07-09",
      "1200",
    ]);
    // The last day with surcharge: six months after the formal due date, 2022-01-09.
    expect(dayToIso(lines[3].lastDay!)).toBe("2022-01-09");
    // 3×900 + 3×1,200 + 3×2,000 + 3×4,000 + 3×6,000 + 5×8,000 = 82,300
    expect(lines.reduce((sum, line) => sum.plus(line.amount!), new Money(0)).toString()).toBe(
      "82300"
    );
  });

  it("gives the grant-year fee no grace period (CN-E3: filed 1997-06-03, notice to grant 2001-08-01)", () => {
    const lines = CN_PACK.schedule({
      office: "CN",
      kind: "invention",
      filing: dayFromCivil(1997, 6, 3),
      grant: dayFromCivil(2001, 8, 1),
    });
    expect(lines[0].year).toBe(5);
    expect(lines[0].lastDay).toBeUndefined();
    expect([lines[1].year, dayToIso(lines[1].due)]).toEqual([6, "2002-06-03"]);
  });

  it("applies the reduction given as the entity (CN-E7: 85% reduction pays 15%, 900 → 135)", () => {
    const lines = CN_PACK.schedule({
      office: "CN",
      kind: "invention",
      filing: dayFromCivil(2020, 1, 1),
      grant: dayFromCivil(2021, 3, 1),
      entity: "0.85",
    });
    expect([lines[0].year, lines[0].amount?.toString()]).toEqual([2, "135"]);
  });

  it("charges the late fee on the full fee by month of payment (CN-E4: 1,200, 2 months 10 days → 120)", () => {
    const surcharge = CN_PACK.lateFee(
      new Money(1200),
      dayFromCivil(2021, 7, 9),
      dayFromCivil(2021, 9, 19)
    );
    expect(surcharge.toString()).toBe("120");
  });
});
