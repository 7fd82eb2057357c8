import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { NL_PACK } from "../../../../src/core/offices/nl/pack";
import { UP_PACK } from "../../../../src/core/offices/up/pack";

// The shared after-grant schedule (docs/offices/de.md, fr.md, nl.md, gb.md, up.md: "Which years", "Due
// date", "EPC Art. 141(2)").
describe("after-grant schedules", () => {
  it("anchors a 29 February filing on the end of February: 28th in common years, 29th in leap years", () => {
    const lines = NL_PACK.schedule({
      office: "NL",
      kind: "patent",
      filing: isoToDay("2012-02-29"),
      grant: isoToDay("2015-06-03"),
    });
    expect(lines[0].year).toBe(5); // year 4 runs from 2015-02-28 to 2016-02-28 and contains the grant
    expect(lines.slice(0, 2).map((l) => dayToIso(l.due))).toEqual(["2016-02-29", "2017-02-28"]);
    expect(dayToIso(lines[1].lastDay!)).toBe("2017-08-31");
  });

  it("opens the two-month window of EPC Art. 141(2) for a national fee, not for a Unitary Patent fee", () => {
    // Filed 2018-11-20, mention of grant 2026-10-14 (year 8): year 9 falls due 2026-11-30, within two months.
    const right = { kind: "patent", filing: isoToDay("2018-11-20"), grant: isoToDay("2026-10-14") };
    const nl = NL_PACK.schedule({ ...right, office: "NL" })[0];
    expect([nl.year, dayToIso(nl.due), dayToIso(nl.freeUntil!)]).toEqual([
      9,
      "2026-11-30",
      "2026-12-14",
    ]);
    expect(nl.flags).toContain("art-141-2-window");
    expect(nl.notes!.join(" ")).toContain(
      "payable without surcharge until 2026-12-14 (EPC Art. 141(2))"
    );
    const up = UP_PACK.schedule({ ...right, office: "UP" })[0];
    expect([up.year, up.freeUntil, up.flags]).toEqual([9, undefined, []]);
  });

  it("lists nothing when the grant year is the last, and refuses a grant before filing", () => {
    expect(
      NL_PACK.schedule({
        office: "NL",
        kind: "patent",
        filing: isoToDay("2000-01-10"),
        grant: isoToDay("2019-06-01"),
      })
    ).toEqual([]);
    expect(() =>
      NL_PACK.schedule({
        office: "NL",
        kind: "patent",
        filing: isoToDay("2020-01-10"),
        grant: isoToDay("2019-06-01"),
      })
    ).toThrow(
      "grantDate 2019-06-01 is before the filing date 2020-01-10: give the date the mention of grant was published."
    );
  });
});
