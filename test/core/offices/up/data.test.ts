import raw from "../../../../src/data/offices/up-fees.json";
import { UP_DATA, loadUpData } from "../../../../src/core/offices/up/data";

const broken = (change: (copy: any) => void) => {
  const copy = structuredClone(raw) as any;
  change(copy);
  return () => loadUpData(copy);
};

describe("up-fees.json loader (docs/offices/up.md, Table)", () => {
  it("loads years 2 to 20 from 2023-06-01, all HIGH", () => {
    const figures = UP_DATA.renewal[0].value.figures;
    expect([...figures.keys()]).toEqual(Array.from({ length: 19 }, (_, i) => i + 2));
    for (const figure of figures.values()) expect(figure.verified).toBe(true);
    expect(UP_DATA.reported).toEqual([]);
  });

  it("rejects a year outside 2-20, a missing reduction and a bad rate", () => {
    expect(broken((c) => (c.renewal[0].bands[0].years = "1"))).toThrow(
      "up-fees.json renewal[0].bands[0].years: year 1 is outside 2-20."
    );
    expect(broken((c) => delete c.licenceOfRight)).toThrow(
      "up-fees.json licenceOfRight: must be a list of dated figures."
    );
    expect(broken((c) => (c.lateSurcharge[0].amount = "fifty"))).toThrow(
      'up-fees.json lateSurcharge[0].amount: must be a decimal text such as "690" or "407.50".'
    );
    expect(broken((c) => (c.renewal[0].bands[0].years = "5-4"))).toThrow(
      "up-fees.json renewal[0].bands[0].years: 5-4 runs backwards."
    );
  });
});
