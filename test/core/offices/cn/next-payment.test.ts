import { nextPayment, NextPaymentRequest } from "../../../../src/core/offices/cn/next-payment";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";

// Worked examples: docs/offices/cn-deadlines.md. Rules: 专利法实施细则 2023 Art. 5 (a period ending on a
// holiday), Art. 6 (restoration), Art. 60 and 114 (registration), Art. 115 (grace period, surcharge).
const at = (request: Omit<Partial<NextPaymentRequest>, "asOf"> & { asOf: string }) => {
  const p = nextPayment({
    kind: "invention",
    filing: isoToDay("2017-10-01"),
    lastYearPaid: 8,
    ...request,
    asOf: isoToDay(request.asOf),
  } as NextPaymentRequest);
  const iso = (day: number | undefined) => (day === undefined ? undefined : dayToIso(day));
  return {
    status: p.status,
    year: p.year,
    due: iso(p.due),
    legalDue: iso(p.legalDue),
    surcharge: p.surcharge.toNumber(),
    lastDay: iso(p.lastDay),
    legalLastDay: iso(p.legalLastDay),
    restorationCost: p.restoration?.cost.toNumber(),
    restorationByNotice: iso(p.restoration?.byNotice),
    forceMajeureBy: iso(p.restoration?.forceMajeureBy),
  };
};

describe("nextPayment: the earliest unpaid fee as the law sees it", () => {
  it("counts the surcharge bands from the formal due date, not the holiday-shifted one", () => {
    // Year 9 due 2025-10-01 (National Day, legally 2025-10-09). On 2025-11-05 the payment is in month 2
    // (2025-11-01 < 11-05 ≤ 12-01): 5% × 2,000 = 100.
    expect(at({ asOf: "2025-11-05" })).toMatchObject({
      status: "grace",
      year: 9,
      due: "2025-10-01",
      legalDue: "2025-10-09",
      surcharge: 100,
      lastDay: "2026-04-01",
      legalLastDay: "2026-04-01",
    });
  });

  it("is upcoming until the holiday-shifted due date, which is still in time", () => {
    expect(at({ asOf: "2025-10-09" })).toMatchObject({ status: "upcoming", surcharge: 0 });
    expect(at({ asOf: "2025-10-10" })).toMatchObject({ status: "grace", surcharge: 0 });
  });

  it("lapses after six months from the formal date (2026-04-01), not from the shifted one", () => {
    expect(at({ asOf: "2026-04-01" })).toMatchObject({ status: "grace", surcharge: 500 }); // 25% × 2,000
    expect(at({ asOf: "2026-04-02" }).status).toBe("lapsed");
    expect(at({ asOf: "2026-04-05" }).status).toBe("lapsed");
  });

  it("accepts a payment on a last day moved off a Sunday: due 2021-07-09, grace until 2022-01-10", () => {
    const right = { filing: isoToDay("2018-07-09"), lastYearPaid: 3 };
    expect(at({ ...right, asOf: "2022-01-10" })).toMatchObject({
      status: "grace",
      surcharge: 300, // year 4 fee 1,200 × 25%
      lastDay: "2022-01-09",
      legalLastDay: "2022-01-10",
    });
    expect(at({ ...right, asOf: "2022-01-11" }).status).toBe("lapsed");
  });

  it("prices restoration after a lapse: 1,000 + the fee + 25% of the full fee; force majeure 2 years on", () => {
    // 1,000 + 2,000 + 500 = 3,500; the missed period ended 2026-04-01.
    expect(at({ asOf: "2026-04-05" })).toMatchObject({
      restorationCost: 3500,
      restorationByNotice: undefined,
      forceMajeureBy: "2028-04-01",
    });
  });

  it("gives the ordinary restoration limit from CNIPA's notice: 2 months after its receipt", () => {
    // An electronic notice dated 2026-05-10 counts as received that day (Art. 4, from 2024-01-20).
    expect(
      at({ asOf: "2026-05-20", lapseNotice: isoToDay("2026-05-10") }).restorationByNotice
    ).toBe("2026-07-10");
  });

  it("applies the reduction to the fee in the restoration cost, the 25% to the full fee", () => {
    // Granted 2018-05-01 (year 1), 85% reduction for years 1-10: year 9 pays 15% × 2,000 = 300.
    // 1,000 + 300 + 25% × 2,000 = 1,800.
    const reduced = {
      grant: isoToDay("2018-05-01"),
      reduction: new Money("0.85"),
      asOf: "2026-04-05",
    };
    expect(at(reduced).restorationCost).toBe(1800);
  });
});

describe("nextPayment: the grant-year fee has no grace period (Art. 60, 114)", () => {
  // Filed 2020-01-01, notice 2026-08-01 (year 7, fee 2,000); deadline 2026-10-01, legally 2026-10-08.
  const granted = {
    filing: isoToDay("2020-01-01"),
    lastYearPaid: 0,
    grant: isoToDay("2026-08-01"),
  };

  it("is registration-due until the registration deadline, moved off the National Day closure", () => {
    expect(at({ ...granted, asOf: "2026-10-08" })).toMatchObject({
      status: "registration-due",
      year: 7,
      due: "2026-10-01",
      legalDue: "2026-10-08",
      lastDay: "2026-10-01",
      legalLastDay: "2026-10-08",
      surcharge: 0,
    });
  });

  it("is registration-missed the day after: no surcharge, only restoration at 1,000 + the fee", () => {
    expect(at({ ...granted, asOf: "2026-10-09" })).toMatchObject({
      status: "registration-missed",
      surcharge: 0,
      restorationCost: 3000,
      forceMajeureBy: "2028-10-01",
    });
  });
});

describe("nextPayment: the end of the term", () => {
  it("is paid-to-term-end when every year is paid, and expired (over everything) after the term", () => {
    expect(at({ lastYearPaid: 20, asOf: "2030-01-01" }).status).toBe("paid-to-term-end");
    // Term ends 2037-09-30; a year-9 fee long unpaid no longer matters.
    expect(at({ asOf: "2037-10-01" }).status).toBe("expired");
  });

  it("rejects a lastYearPaid that is not a whole year", () => {
    expect(() => at({ lastYearPaid: 2.5, asOf: "2025-01-01" })).toThrow(
      "lastYearPaid 2.5 must be a whole annuity year, 0 if none is paid."
    );
  });
});
