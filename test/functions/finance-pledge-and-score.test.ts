import * as functions from "../../src/functions";
import { cellError } from "./expect-cell-error";

// IP.PLEDGE_CAPACITY and IP.VALUE_SCORE examples of docs/finance.md §7 and §8.
describe("IP.PLEDGE_CAPACITY", () => {
  it("uses the BOCOM-2006 profile: invention 25%, utility 15% (the source's 6 M → 1.5 M example)", () => {
    expect(functions.pledgeCapacityCell(6000000, "invention", null, "BOCOM-2006")).toBe(1500000);
    expect(functions.pledgeCapacityCell(2000000, "utility", null, "BOCOM-2006")).toBe(300000);
  });

  it("uses an LTV given by the user", () => {
    expect(functions.pledgeCapacityCell(2000000, "invention", 0.5)).toBe(1000000);
  });

  it("answers #N/A for a kind the profile does not accept", () => {
    const error = cellError(() =>
      functions.pledgeCapacityCell(2000000, "design", null, "BOCOM-2006")
    );
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("does not accept design rights");
  });

  it("has no default LTV: #VALUE! asking for an LTV or a profile", () => {
    const error = cellError(() => functions.pledgeCapacityCell(6000000, "invention"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("state an LTV or a profile");
  });
});

describe("IP.VALUE_SCORE", () => {
  it("weights equally by default (a product default, not GB/T 42748-2023's)", () => {
    expect(functions.valueScoreCell(80, 60, 40)).toBe(60);
  });

  it("normalises the weights", () => {
    // 80×0.5 + 60×0.2 + 40×0.3 = 64; (90×4 + 70×3 + 20×3) / 10 = 63
    expect(functions.valueScoreCell(80, 60, 40, 0.5, 0.2, 0.3)).toBe(64);
    expect(functions.valueScoreCell(90, 70, 20, 4, 3, 3)).toBe(63);
  });

  it("rejects scores outside 0–100 and all-zero weights", () => {
    expect(cellError(() => functions.valueScoreCell(101, 60, 40)).message).toContain(
      "outside 0…100"
    );
    expect(cellError(() => functions.valueScoreCell(80, -1, 40)).code).toBe("#VALUE!");
    expect(cellError(() => functions.valueScoreCell(80, 60, 40, 0, 0, 0)).message).toContain(
      "all weights are 0"
    );
  });
});
