import { usMaintenance } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// Worked examples U1-U3 of docs/offices/us.md (37 CFR 1.20(e)-(h)).
describe("IP.US_MAINTENANCE", () => {
  it("U1: stage 1 undiscounted $2,150; paid late $2,690", () => {
    expect(usMaintenance(1, null, "2026-09-14")).toBe(2150);
    expect(usMaintenance(3.5, "large", "2026-10-01", true)).toBe(2690);
  });

  it("U2: small entity stage 2 $1,616; in the grace period $1,832", () => {
    expect(usMaintenance(7.5, "small", "2026-07-15")).toBe(1616);
    expect(usMaintenance(2, "小型实体", "2027-01-15", "TRUE")).toBe(1832);
  });

  it("U3: micro stage 1: $400 paid 2025-01-10, $430 paid 2025-02-20, $538 in the grace period", () => {
    expect(usMaintenance(1, "micro", "2025-01-10")).toBe(400);
    expect(usMaintenance(1, "micro", "2025-02-20")).toBe(430);
    expect(usMaintenance(1, "micro", "2025-08-31", true)).toBe(538);
  });

  it("stage 3 large today: $8,280", () => {
    expect(usMaintenance(11.5)).toBe(8280);
  });

  it("rejects a stage, entity or flag it cannot read, saying what to give", () => {
    expect(cellError(() => usMaintenance(4)).message).toContain("give 1, 2 or 3");
    expect(cellError(() => usMaintenance(1, "sme")).message).toContain(
      'entity "sme" means nothing for US'
    );
    expect(cellError(() => usMaintenance(1, null, null, "maybe")).message).toContain(
      "TRUE or FALSE"
    );
  });

  it("answers #N/A before the first schedule in our data", () => {
    expect(cellError(() => usMaintenance(1, null, "2020-01-01")).code).toBe("#N/A");
  });
});
