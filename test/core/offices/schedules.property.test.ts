import fc from "fast-check";
import { addYearsClamped, dayFromCivil } from "../../../src/core/dates/civil";
import { isDomainError } from "../../../src/core/errors/domain-error";
import { JP_PACK } from "../../../src/core/offices/jp/jp-pack";
import { KR_PACK } from "../../../src/core/offices/kr/kr-pack";
import { OfficePack, OfficeRight } from "../../../src/core/offices/office-pack";
import { US_PACK } from "../../../src/core/offices/us/us-pack";

// For any right, each pack's schedule is ordered by due date, every last day follows its due date, and
// every amount is a finite whole number (or blank with a reason); a right it cannot price is a DomainError.
const PACKS: [string, OfficePack][] = [
  ["JP", JP_PACK],
  ["US", US_PACK],
  ["KR", KR_PACK],
];

const rightArb = fc.record({
  filing: fc.integer({ min: dayFromCivil(1990, 1, 1), max: dayFromCivil(2045, 12, 31) }),
  grantAfterDays: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
  claims: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  kindIndex: fc.integer({ min: 0, max: 2 }),
  entity: fc.constantFrom(undefined, "", "sme", "small", "micro", "小型实体", "large", "0.85"),
});

describe.each(PACKS)("%s pack schedules (property)", (_code, pack) => {
  it("are ordered, complete and finite, or fail with a DomainError", () => {
    fc.assert(
      fc.property(rightArb, (r) => {
        const right: OfficeRight = {
          office: pack.code,
          kind: pack.kinds[r.kindIndex],
          filing: r.filing,
          grant: r.grantAfterDays === undefined ? undefined : r.filing + r.grantAfterDays,
          claims: r.claims,
          entity: r.entity,
        };
        let lines;
        try {
          lines = pack.schedule(right);
        } catch (error) {
          return isDomainError(error);
        }
        const termEnd = addYearsClamped(right.grant ?? r.filing, 25);
        return lines.every((line, index) => {
          const ordered = index === 0 || lines[index - 1].due <= line.due;
          const lastDayOk = line.lastDay === undefined || line.lastDay > line.due;
          const amountOk =
            line.amount === undefined
              ? typeof line.missing === "string" && line.missing.length > 0
              : line.amount.isFinite() && line.amount.isInteger() && line.amount.gte(0);
          return (
            ordered &&
            lastDayOk &&
            amountOk &&
            Number.isFinite(line.due) &&
            line.due <= termEnd &&
            line.currency === pack.currency
          );
        });
      }),
      { numRuns: 300 }
    );
  });
});
