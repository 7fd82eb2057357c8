import { isoToDay } from "../../../../src/core/dates/civil";
import { usMaintenanceFee, usSurcharge } from "../../../../src/core/offices/us/maintenance-fee";
import { usPetitionFee } from "../../../../src/core/offices/us/petition";
import usRaw from "../../../../src/data/offices/us-fees.json";

// docs/offices/us.md: 37 CFR 1.20(e)-(h) from 2025-01-19 (89 FR 91898) and from 2022-12-29.
const on = isoToDay;

describe("USPTO maintenance fees by payment date", () => {
  it.each([
    [1, "large", "2150", "2000"],
    [1, "small", "860", "800"],
    [1, "micro", "430", "400"],
    [2, "large", "4040", "3760"],
    [2, "small", "1616", "1504"],
    [2, "micro", "808", "752"],
    [3, "large", "8280", "7700"],
    [3, "small", "3312", "3080"],
    [3, "micro", "1656", "1540"],
  ] as const)("stage %i %s: %s from 2025-01-19, %s on 2025-01-18", (stage, entity, now, before) => {
    expect(usMaintenanceFee(stage, entity, on("2025-01-19")).amount.toString()).toBe(now);
    expect(usMaintenanceFee(stage, entity, on("2025-01-18")).amount.toString()).toBe(before);
    expect(usMaintenanceFee(stage, entity, on("2022-12-29")).amount.toString()).toBe(before);
  });

  it.each([
    ["large", "540", "500"],
    ["small", "216", "200"],
    ["micro", "108", "100"],
  ] as const)("grace surcharge %s: %s from 2025-01-19, %s before", (entity, now, before) => {
    expect(usSurcharge(entity, on("2025-01-19")).toString()).toBe(now);
    expect(usSurcharge(entity, on("2025-01-18")).toString()).toBe(before);
  });

  it("U3: micro stage 1 paid 2025-01-10 → $400, paid 2025-02-20 → $430", () => {
    expect(usMaintenanceFee(1, "micro", on("2025-01-10")).amount.toString()).toBe("400");
    expect(usMaintenanceFee(1, "micro", on("2025-02-20")).amount.toString()).toBe("430");
  });

  it("has no schedule before 2022-12-29 in our data: an error, not a guess", () => {
    expect(() => usMaintenanceFee(1, "large", on("2022-12-28"))).toThrow(
      "No USPTO maintenance-fee schedule in force on 2022-12-28"
    );
  });

  it("grades the schedules HIGH; the data cites the fee rule", () => {
    const fee = usMaintenanceFee(1, "large", on("2026-01-01"));
    expect(fee.confidence).toBe("HIGH");
    expect(usRaw.maintenance.map((schedule) => schedule.source.title)).toContainEqual(
      expect.stringContaining("89 FR 91898")
    );
  });
});

describe("USPTO petition fee 1.17(m)", () => {
  it("within the threshold: 2,260 / 904 / 452 (MED)", () => {
    expect(
      ["large", "small", "micro"].map((e) =>
        usPetitionFee(e as "large", true, on("2026-01-01")).amount.toString()
      )
    ).toEqual(["2260", "904", "452"]);
    expect(usPetitionFee("large", true, on("2026-01-01")).confidence).toBe("MED");
  });

  it("past the threshold: 3,000 undiscounted; small and micro amounts are not in our data", () => {
    expect(usPetitionFee("large", false, on("2026-01-01")).amount.toString()).toBe("3000");
    expect(() => usPetitionFee("micro", false, on("2026-01-01"))).toThrow(
      expect.objectContaining({ code: "figure-unconfirmed" })
    );
  });
});
