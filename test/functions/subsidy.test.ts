import { subsidy } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// Seed 000 table 2 (Shenzhen 2021): foreign patent in Japan/US/Europe 40,000 per case; domestic invention
// 2,500 per case; PCT application 10,000 after international publication. The examples.
describe("IP.SUBSIDY", () => {
  it("pays 40,000 for a US grant, 2,500 for a CN grant and 10,000 for a PCT publication under SZ-2021", () => {
    expect(subsidy("SZ-2021", "grant", "US", "2021-05-01")).toBe(40000);
    expect(subsidy("SZ-2021", "grant", "CN", "2021-05-01")).toBe(2500);
    expect(subsidy("SZ-2021", "grant", null, 44317)).toBe(2500); // serial 44317 = 2021-05-01
    expect(subsidy("SZ-2021", "publication", "PCT", "2021-05-01")).toBe(10000);
  });

  it("pays 0 for a date outside the programme's period", () => {
    expect(subsidy("SZ-2021", "grant", "US", "2022-05-01")).toBe(0);
  });

  it("is an error for an unknown programme or event, with the message", () => {
    expect(cellError(() => subsidy("SZ-1999", "grant", "US", "2021-05-01")).code).toBe("#VALUE!");
    expect(cellError(() => subsidy("SZ-1999", "grant", "US", "2021-05-01")).message).toMatch(
      /SZ-1999/
    );
    expect(cellError(() => subsidy("SZ-2021", "coffee", "US", "2021-05-01")).message).toMatch(
      /coffee/
    );
    expect(cellError(() => subsidy(null, "grant")).message).toBe(
      'programme is missing: give a programme id such as "SZ-2021".'
    );
  });
});
