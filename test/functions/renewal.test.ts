import { renewal } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// docs/offices/de.md (DE1), fr.md (FR1), nl.md (NL1) and gb.md: the 9th-year fee of an EP filed
// 2018-11-20, due 2026-11-30, in each state.
describe("IP.RENEWAL", () => {
  it("gives the worked examples: DE 350, FR 180, NL 340", () => {
    expect(renewal("DE", 9, "2026-11-30")).toBe(350);
    expect(renewal("FR", 9, "2026-11-30")).toBe(180);
    expect(renewal("NL", 9, "2026-11-30")).toBe(340);
  });

  it("reads codes and names in any case: uk, Germany, 法国, オランダ", () => {
    expect(renewal("uk", 9, "2025-11-30")).toBe(150);
    expect(renewal(" Germany ", 20, "2026-11-30")).toBe(2030);
    expect(renewal("法国", 2, "2026-11-30")).toBe(38);
    expect(renewal("オランダ", 20, "2026-11-30")).toBe(1400);
  });

  it("answers #N/A where the amount is not known: GB years 6-19 from 2026-04-01, FR years 19-20", () => {
    const gb = cellError(() => renewal("GB", 9, "2026-11-30"));
    expect(gb.code).toBe("#N/A");
    expect(gb.message).toContain(
      "the UKIPO renewal fees for years 6 to 19 from 2026-04-01 are not known"
    );
    expect(renewal("GB", 5, "2026-04-01")).toBe(90);
    expect(renewal("GB", 20, "2026-04-01")).toBe(810);
    expect(renewal("GB", 20, "2026-03-31")).toBe(610);
    expect(cellError(() => renewal("FR", 20, "2026-11-30")).message).toContain(
      "the INPI annuities for years 19 and 20 are not confirmed"
    );
  });

  it("answers #N/A before a table's first date (DE 2022-07-01)", () => {
    expect(cellError(() => renewal("DE", 9, "2022-06-30")).code).toBe("#N/A");
  });

  it("points EP, UP and other offices to their functions, and refuses unknown offices and years", () => {
    expect(cellError(() => renewal("EP", 9)).message).toBe(
      'office "EP": use IP.EP_RENEWAL for a pending European application; IP.RENEWAL covers DE, FR, NL and GB.'
    );
    expect(cellError(() => renewal("UP", 9)).message).toContain("IP.UP_RENEWAL");
    expect(cellError(() => renewal("ES", 9)).message).toBe(
      'office "ES" is not one IP.RENEWAL knows: give "DE", "FR", "NL" or "GB".'
    );
    expect(cellError(() => renewal(null, 9)).message).toBe(
      'office is missing: give "DE", "FR", "NL" or "GB".'
    );
    expect(cellError(() => renewal("NL", 3)).message).toBe(
      "year 3 has no Octrooicentrum Nederland renewal fee: give a whole year from 4 to 20."
    );
  });
});
