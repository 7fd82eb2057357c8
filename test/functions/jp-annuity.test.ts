import { jpAnnuity } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// Worked examples J1-J3 of docs/offices/jp.md; tables from the JPO notice on the 2022-04-01 change.
describe("IP.JP_ANNUITY", () => {
  it("J1: 10 claims, year 1 costs 7,300 (three years 21,900); year 4 costs 18,300", () => {
    expect(jpAnnuity(1, 10, null, null, "2025-06-12")).toBe(7300);
    expect(jpAnnuity(4, 10, "patent", "", "2028-06-12")).toBe(18300);
    expect(jpAnnuity("4", [[10]], "特許", null, 46916)).toBe(18300); // 46916 = 2028-06-12
  });

  it("J2: 中小企業 year 7, 5 claims → 17,150; 小規模企業 3 claims: 1,730, 4,230, then 73,200 in year 11", () => {
    expect(jpAnnuity(7, 5, null, "sme", "2026-01-01")).toBe(17150);
    expect(jpAnnuity(7, 5, null, "中小企業", "2026-01-01")).toBe(17150);
    expect(jpAnnuity(2, 3, null, "small", "2026-01-01")).toBe(1730);
    expect(jpAnnuity(4, 3, null, "小規模企業", "2026-01-01")).toBe(4230);
    expect(jpAnnuity(11, 3, null, "small", "2026-01-01")).toBe(73200);
  });

  it("J3: year 10, 8 claims → 96,200", () => {
    expect(jpAnnuity(10, 8, null, null, "2026-05-18")).toBe(96200);
  });

  it("picks the table by payment date and the old table by an examination request before 2004-04-01", () => {
    expect(jpAnnuity(4, 10, null, null, "2022-03-31")).toBe(11400);
    expect(jpAnnuity(4, 10, null, null, "2022-04-01")).toBe(18300);
    expect(jpAnnuity(1, 1, null, null, "2026-01-01", "2004-03-31")).toBe(11200);
    expect(jpAnnuity(1, 1, null, null, "2026-01-01", "2004-04-01")).toBe(4600);
  });

  it("prices utility models and designs (designs need no claims)", () => {
    expect(jpAnnuity(7, 1, "実用新案", null, "2026-01-01")).toBe(19000);
    expect(jpAnnuity(4, null, "意匠", null, "2026-01-01")).toBe(16900);
  });

  it("defaults the payment date to today (the newest table for any date from 2022-04-01)", () => {
    expect(jpAnnuity(4, 10)).toBe(18300);
  });

  it("asks for claims, with #VALUE! and a message", () => {
    const error = cellError(() => jpAnnuity(4, null, null, null, "2026-01-01"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("claims is missing");
  });

  it("rejects an entity JP does not know, a year outside the table and bad claims", () => {
    expect(cellError(() => jpAnnuity(4, 1, null, "micro")).message).toContain(
      'reduction "micro" means nothing for JP'
    );
    expect(cellError(() => jpAnnuity(4, 1, null, 0.85)).message).toContain("means nothing for JP");
    expect(cellError(() => jpAnnuity(26, 1)).message).toContain("from 1 to 25");
    expect(cellError(() => jpAnnuity(4, 1.5)).message).toContain("whole number from 1");
    expect(cellError(() => jpAnnuity(4, 1, "trademark")).message).toContain(
      'kind "trademark" is unknown'
    );
  });

  it("rejects a range of several cells where one value is expected", () => {
    expect(cellError(() => jpAnnuity(4, [[1, 2]])).message).toContain(
      "claims is a range of several cells"
    );
    expect(cellError(() => jpAnnuity(4, 1, [["patent", "design"]])).message).toContain(
      "kind is a range of several cells"
    );
  });

  it("answers #N/A with the reason for a payment date no table of our data covers", () => {
    const error = cellError(() => jpAnnuity(4, 1, null, null, "2015-01-01"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("No JPO patent fee table in force on 2015-01-01");
  });
});
