import { epRenewal } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// docs/offices/ep.md: the 2024 table (RFees Art. 2(1) item 4) and worked examples E1 to E3.
describe("IP.EP_RENEWAL", () => {
  it("E1: the 3rd-year fee paid 2026-05-31 is EUR 690; the 4th-year fee EUR 845; years 10-20 EUR 1,775", () => {
    expect(epRenewal(3, "2026-05-31")).toBe(690);
    expect(epRenewal(4, "2027-05-31", null)).toBe(845);
    expect(epRenewal("10", 46173)).toBe(1775);
    expect(epRenewal(20, "2026-05-31", false)).toBe(1775);
  });

  it("E3: a micro-entity pays 700 for the 5th year, from TRUE, 1 or the entity value micro", () => {
    expect(epRenewal(5, "2026-07-31", true)).toBe(700);
    expect(epRenewal(5, "2026-07-31", 1)).toBe(700);
    expect(epRenewal(5, "2026-07-31", "Micro")).toBe(700);
    expect(epRenewal(6, "2026-07-31", "TRUE")).toBe(808.5);
    expect(epRenewal(6, "2026-07-31", "")).toBe(1155);
    expect(epRenewal([[6]], [["2026-07-31"]], [[true]])).toBe(808.5);
  });

  it("defaults the payment date to today, which the 2024 table prices", () => {
    expect(epRenewal(3)).toBe(690);
  });

  it("answers #N/A before 2024-04-01, where the data has no table", () => {
    const error = cellError(() => epRenewal(3, "2024-03-31"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "No EPO renewal-fee table in force on 2024-03-31: the data starts on 2024-04-01."
    );
  });

  it("answers #VALUE! for a year outside 3-20, a bad date or an entity the EPO does not know", () => {
    expect(cellError(() => epRenewal(2, "2026-05-31"))).toMatchObject({
      code: "#VALUE!",
      message: "year 2 has no EPO renewal fee: give a whole year from 3 to 20.",
    });
    expect(cellError(() => epRenewal("three")).message).toBe(
      'year "three" is not a number: give a whole renewal year such as 5.'
    );
    expect(cellError(() => epRenewal(3, "2026-02-30")).code).toBe("#VALUE!");
    expect(cellError(() => epRenewal(3, "2026-05-31", "sme")).message).toContain(
      'entity "sme" means nothing at the EPO'
    );
    expect(cellError(() => epRenewal(3, "2026-05-31", 2)).message).toBe(
      "micro must be TRUE or FALSE."
    );
  });
});
