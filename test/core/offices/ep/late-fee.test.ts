import { isoToDay } from "../../../../src/core/dates/civil";
import { Money } from "../../../../src/core/money/money";
import { EP_PACK } from "../../../../src/core/offices/ep/pack";

const late = (fee: string, due: string, paid: string, entity?: string) =>
  EP_PACK.lateFee(new Money(fee), isoToDay(due), isoToDay(paid), entity).toFixed(2);

describe("EPO additional fee for late renewal (docs/offices/ep.md, Rule 51(2) EPC: 50% within 6 months)", () => {
  it("E1: 690 due 2026-05-31 → 345 extra (total 1,035) up to 2026-11-30; nothing on the due date", () => {
    expect(late("690", "2026-05-31", "2026-05-31")).toBe("0.00");
    expect(late("690", "2026-05-31", "2026-06-01")).toBe("345.00");
    expect(late("690", "2026-05-31", "2026-11-30")).toBe("345.00");
    expect(() => late("690", "2026-05-31", "2026-12-01")).toThrow(
      "paid 2026-12-01 is after the last day with surcharge, 2026-11-30: the European application is deemed withdrawn"
    );
  });

  it("E2: from the deferred date 2026-04-28 the grace period ends 2026-10-28", () => {
    expect(late("690", "2026-04-28", "2026-10-28")).toBe("345.00");
    expect(() => late("690", "2026-04-28", "2026-10-29")).toThrow("2026-10-28");
  });

  it("E3: a micro-entity's 700.00 due 2026-07-31 → 350.00 (total 1,050.00) up to 2027-01-31", () => {
    expect(late("700", "2026-07-31", "2027-01-31", "micro")).toBe("350.00");
  });

  it("keeps cents: 50% of 808.50 is 404.25", () => {
    expect(late("808.50", "2026-07-31", "2026-08-03")).toBe("404.25");
  });

  it("refuses an entity the EPO does not know and a negative fee", () => {
    expect(() => late("690", "2026-05-31", "2026-06-01", "sme")).toThrow(
      'entity "sme" means nothing at the EPO'
    );
    expect(() => late("-1", "2026-05-31", "2026-06-01")).toThrow("fee -1 is negative");
  });
});
