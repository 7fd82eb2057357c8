import { upRenewal } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// docs/offices/up.md: RFeesUPP table from 2023-06-01 and worked examples UP1 to UP3.
describe("IP.UP_RENEWAL", () => {
  it("UP1: year 7 → EUR 630; UP2: year 8 → EUR 815; the first and last years 35 and 4,855", () => {
    expect(upRenewal(7, null, "2026-09-30")).toBe(630);
    expect(upRenewal(8, false, "2027-09-30")).toBe(815);
    expect(upRenewal(2, "", "2026-09-30")).toBe(35);
    expect(upRenewal(20)).toBe(4855);
  });

  it("UP3: with a licence of right year 10 costs 998.75", () => {
    expect(upRenewal(10, true, "2026-09-30")).toBe(998.75);
    expect(upRenewal(10, "TRUE")).toBe(998.75);
  });

  it("answers #N/A before 2023-06-01 and #VALUE! for year 1 or a bad flag", () => {
    expect(cellError(() => upRenewal(3, false, "2023-05-31")).code).toBe("#N/A");
    expect(cellError(() => upRenewal(1)).message).toBe(
      "year 1 has no Unitary Patent renewal fee: give a whole year from 2 to 20."
    );
    expect(cellError(() => upRenewal(5, "maybe")).message).toBe(
      "licenceOfRight must be TRUE or FALSE."
    );
  });
});
