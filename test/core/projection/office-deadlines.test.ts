import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { officeDeadlines } from "../../../src/core/projection/office-deadlines";

const read = (rows: unknown[][]) =>
  readPortfolio({
    sheet: "P",
    top: 1,
    left: 0,
    values: [
      [
        "ID",
        "Type",
        "Filing date",
        "Grant date",
        "Jurisdiction",
        "Claims",
        "Last annuity year paid",
      ],
      ...rows,
    ],
  }).officeRights;
const settingsOn = (iso: string) => ({
  asOf: isoToDay(iso),
  horizonYears: 5,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
});
const view = (rows: ReturnType<typeof officeDeadlines>) =>
  rows.map((row) => ({
    id: row.id,
    status: row.status,
    year: row.year,
    fee: row.fee?.toString(),
    surcharge: row.surcharge?.toString(),
    lastDay: row.lastDay === undefined ? undefined : dayToIso(row.lastDay),
    restorationCost: row.restorationCost?.toString(),
    restorationBy: row.restorationBy === undefined ? undefined : dayToIso(row.restorationBy),
  }));

describe("deadlines at the other offices", () => {
  // docs/offices/jp.md J3: registered 2017-05-18, 8 claims, year 10 ¥96,200 due 2026-05-18, 追納 to
  // 2026-11-18 with a surcharge equal to the fee. docs/offices/us.md U1: granted 2023-03-14, stage 1
  // $2,150 due 2026-09-14, grace to 2027-03-14 with $540. docs/offices/kr.md K3/K4: registered
  // 2019-07-16, 20 claims, year 7 ₩770,000 due 2025-07-16, 추가납부 to 2026-01-16.
  const rights = read([
    ["JP-J3", "特許", "2015-01-10", "2017-05-18", "JP", 8, 9],
    ["US-U1", "invention", "2021-06-01", "2023-03-14", "US", "", 0],
    ["KR-K3", "invention", "2018-01-10", "2019-07-16", "KR", 20, 6],
  ]);

  it("gives the next fee in grace with today's surcharge and the last day", () => {
    expect(view(officeDeadlines(rights, settingsOn("2026-10-01")))).toEqual([
      // Grace rows first, by last day; the KR right lapsed on 2026-01-16.
      expect.objectContaining({
        id: "JP-J3",
        status: "grace",
        year: 10,
        fee: "96200",
        surcharge: "96200",
        lastDay: "2026-11-18",
      }),
      expect.objectContaining({
        id: "US-U1",
        status: "grace",
        year: 1,
        fee: "2150",
        surcharge: "540",
        // Formally Sunday 2027-03-14; 35 U.S.C. 21(b) moves it to Monday (docs/offices/us.md U1).
        lastDay: "2027-03-15",
      }),
      expect.objectContaining({
        id: "KR-K3",
        status: "lapsed",
        // 특허법 제81조의3: restoration exists, its period and fee are UNCONFIRMED, so no figure is shown.
        restorationCost: undefined,
        restorationBy: undefined,
      }),
    ]);
  });

  it("costs restoring where the data gives it: JP fee, 割増 and restoration fee; US petition plus fee", () => {
    const rows = view(officeDeadlines(rights, settingsOn("2027-04-01")));
    // JP: 96,200 + 96,200 + 212,100 = ¥404,500 (J3). US: petition within the threshold (1 year after
    // 2027-03-14 for a petition filed after 2026-08-13) $2,260 + the fee $2,150 = $4,410.
    // Art. 112-2: within 1 year after the 追納 period that ended 2026-11-18, so by 2027-11-18 (a Thursday).
    expect(rows.find((r) => r.id === "JP-J3")).toMatchObject({
      status: "lapsed",
      restorationCost: "404500",
      restorationBy: "2027-11-18",
    });
    expect(rows.find((r) => r.id === "US-U1")).toMatchObject({
      status: "lapsed",
      restorationCost: "4410",
    });
  });

  it("says restoration is possible but not costed where the office's data has no figure", () => {
    // docs/offices/de.md: filed 2018-11-20, year 9 EUR 350 due 2026-11-30, surcharge until 2027-05-31.
    const [de] = officeDeadlines(
      read([["DE1", "invention", "2018-11-20", "2020-01-15", "DE", "", 8]]),
      settingsOn("2027-07-01")
    );
    expect([de.status, de.year, de.restorationCost, de.restorationNote]).toEqual([
      "lapsed",
      9,
      undefined,
      "restoration possible: cost not in our data",
    ]);
  });

  it("prices a US petition past the 1-year threshold once a year has passed since expiry", () => {
    // Expired at the end of the grace period, Sunday 2027-03-14 (payable to Monday 2027-03-15). A petition
    // filed 2028-03-14 is within 1 year (2028-03-14); one filed 2028-03-15 is past it: $3,000 + $2,150.
    const within = officeDeadlines(rights, settingsOn("2028-03-14")).find((r) => r.id === "US-U1");
    const past = officeDeadlines(rights, settingsOn("2028-03-15")).find((r) => r.id === "US-U1");
    expect([within?.restorationCost?.toString(), past?.restorationCost?.toString()]).toEqual([
      "4410",
      "5150",
    ]);
    expect(within?.restorationNote).toContain("threshold, which ends 2028-03-14");
  });

  it("keeps a fee whose formal last day is closed upcoming until the office's next open day", () => {
    // docs/offices/kr.md K1: registered 2025-03-05, year 4 due Sunday 2028-03-05; paid Monday 2028-03-06
    // without surcharge. 2028 has no Korean holiday data: the note says the move is over weekends only.
    const [k1] = officeDeadlines(
      read([["K1", "invention", "2024-01-10", "2025-03-05", "KR", 10, 3]]),
      settingsOn("2028-03-06")
    );
    expect([
      k1.status,
      dayToIso(k1.lastFreeDay!),
      dayToIso(k1.formalLastFreeDay!),
      k1.closures,
    ]).toEqual(["upcoming", "2028-03-06", "2028-03-05", "partial"]);
  });
});
