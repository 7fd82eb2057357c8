import fc from "fast-check";
import { DE_PACK } from "../../../../src/core/offices/de/pack";
import { EP_PACK } from "../../../../src/core/offices/ep/pack";
import { FR_PACK } from "../../../../src/core/offices/fr/pack";
import { GB_PACK } from "../../../../src/core/offices/gb/pack";
import { NL_PACK } from "../../../../src/core/offices/nl/pack";
import { OfficePack, OfficeRight } from "../../../../src/core/offices/office-pack";
import { UP_PACK } from "../../../../src/core/offices/up/pack";

// Any right the packs accept gives a schedule ordered by due date, with consecutive years, no NaN, a
// last day on or after each due date, and either an amount or a reason it is missing.
const PACKS: [string, OfficePack][] = [
  ["EP", EP_PACK],
  ["UP", UP_PACK],
  ["DE", DE_PACK],
  ["FR", FR_PACK],
  ["NL", NL_PACK],
  ["GB", GB_PACK],
];

// Day numbers from 1990-01-01 (7305) to 2040-12-31 (25567).
const rightArbitrary = (pack: OfficePack) =>
  fc
    .record({
      filing: fc.integer({ min: 7305, max: 25567 }),
      grantAfter: fc.option(fc.integer({ min: 0, max: 7300 }), { nil: undefined }),
      priorityBefore: fc.option(fc.integer({ min: 0, max: 366 }), { nil: undefined }),
      micro: fc.boolean(),
      licence: fc.option(fc.integer({ min: 0, max: 7300 }), { nil: undefined }),
    })
    .map(({ filing, grantAfter, priorityBefore, micro, licence }): OfficeRight => ({
      office: pack.code,
      kind: pack.kinds[0],
      filing,
      ...(grantAfter === undefined ? {} : { grant: filing + grantAfter }),
      ...(priorityBefore === undefined || pack.code !== "EP"
        ? {}
        : { priority: filing - priorityBefore }),
      ...(micro && pack.code === "EP" ? { entity: "micro" } : {}),
      ...(licence === undefined ? {} : { licenceOfRight: filing + licence }),
    }));

describe("schedules of the European packs (property)", () => {
  it.each(PACKS)(
    "%s: ordered by due date, consecutive years, no NaN, amount or reason",
    (_code, pack) => {
      fc.assert(
        fc.property(rightArbitrary(pack), (right) => {
          const lines = pack.schedule(right);
          lines.forEach((line, i) => {
            if (!Number.isInteger(line.due)) throw new Error(`due ${line.due}`);
            if (line.lastDay !== undefined && line.lastDay < line.due)
              throw new Error("last day before due");
            if (line.freeUntil !== undefined && line.freeUntil < line.due)
              throw new Error("free until before due");
            if (i > 0 && (line.due <= lines[i - 1].due || line.year !== lines[i - 1].year + 1))
              throw new Error(`not ordered at year ${line.year}`);
            if (line.amount === undefined) {
              if (!line.missing) throw new Error("blank amount without reason");
            } else if (!line.amount.isFinite() || line.amount.isNegative())
              throw new Error("bad amount");
            if (line.currency !== pack.currency) throw new Error("currency");
          });
          return true;
        }),
        { numRuns: 300 }
      );
    }
  );

  it("lists no national year before the EPO's last: EP and a validation meet at the grant year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 7305, max: 25567 }),
        fc.integer({ min: 730, max: 7000 }),
        (filing, after) => {
          const grant = filing + after;
          const ep = EP_PACK.schedule({ office: "EP", kind: "application", filing, grant });
          const de = DE_PACK.schedule({ office: "DE", kind: "patent", filing, grant });
          const lastEp = ep.length ? ep[ep.length - 1].year : 2;
          return de.length === 0 || de[0].year === Math.max(3, lastEp + 1);
        }
      )
    );
  });
});
