/* global describe, expect, it */
import { isoToDay } from "../../../src/core/dates/civil";
import { DomainError } from "../../../src/core/errors/domain-error";
import { Money } from "../../../src/core/money/money";
import {
  BUILT_IN_PROGRAMMES,
  SubsidyEvent,
  applyProgrammes,
  subsidyEvent,
} from "../../../src/core/subsidy";
import { builtIn, event } from "./helpers";

// Events as the task pane builds them from ledger rows: checked and normalised once, with errors that
// say what to fix (conventions.md §6).
describe("subsidy events", () => {
  const row = {
    rightId: "CN 202110123456.7",
    applicant: "Acme",
    event: "Grant",
    jurisdiction: "cnipa",
    rightType: "发明",
    date: isoToDay("2021-05-01"),
  };

  it("normalises words, office codes and right kinds in other languages", () => {
    expect(subsidyEvent(row)).toEqual({
      rightId: "CN 202110123456.7",
      applicant: "Acme",
      event: "grant",
      jurisdiction: "CN",
      rightType: "invention",
      date: isoToDay("2021-05-01"),
    });
    expect(subsidyEvent({ ...row, rightType: "実用新案" }).rightType).toBe("utility");
    expect(subsidyEvent({ ...row, rightType: "Software-Copyright" }).rightType).toBe(
      "software-copyright"
    );
  });

  it.each([
    [{ rightId: " " }, "invalid-data", "rightId", "rightId is missing: every event needs one."],
    [
      { rightType: "any" },
      "invalid-kind",
      "rightType",
      'rightType "any" is not one of: invention, utility, design, trademark, collective-mark, geographical-indication, copyright, software-copyright.',
    ],
    [{ date: 18748.5 }, "invalid-date", "date", "date 18748.5 is not a day number."],
    [
      { costBase: new Money(-1) },
      "negative-amount",
      "costBase",
      "costBase of CN 202110123456.7 must be an amount of 0 or more.",
    ],
    [
      { units: 0 },
      "invalid-number",
      "units",
      "units of CN 202110123456.7 must be a whole number of 1 or more.",
    ],
  ])("rejects %p with %s on %s", (change, code, field, message) => {
    expect(() => subsidyEvent({ ...row, ...change })).toThrow(
      new DomainError(code as never, field, message)
    );
    try {
      subsidyEvent({ ...row, ...change });
    } catch (error) {
      expect(error).toMatchObject({ code, field });
    }
  });

  it("names the event's row when applyProgrammes meets an invalid one", () => {
    const bad = { ...event("X", "Acme", "grant", "CN", "2021-05-01"), jurisdiction: "??" };
    expect(() =>
      applyProgrammes([event("A", "Acme", "grant", "US", "2021-05-01"), bad], BUILT_IN_PROGRAMMES)
    ).toThrow('events[1]: jurisdiction "??" is unknown');
  });

  it("refuses the same grant twice, which would be paid twice", () => {
    const grant = event("US-1", "Acme", "grant", "US", "2021-05-01");
    expect(() =>
      applyProgrammes([grant, { ...grant, date: isoToDay("2021-06-01") }], [builtIn("SZ-2021")])
    ).toThrow("US-1 has more than one grant event in US");
  });

  it("allows recurring events (a premium paid every year) for the same right", () => {
    const premium = (iso: string): SubsidyEvent =>
      event("POL-1", "Acme", "premium-paid", "CN", iso, { costBase: "1000" });
    const offsets = applyProgrammes(
      [premium("2024-03-01"), premium("2025-03-01")],
      [builtIn("SZ-INS-2024")]
    );
    expect(offsets.map((offset) => offset.applied.toString())).toEqual(["500", "500"]); // 50% × 1,000 each year
  });

  it("rejects programmes given twice", () => {
    const sz = builtIn("SZ-2021");
    expect(() => applyProgrammes([], [sz, sz])).toThrow("programme SZ-2021 is given twice.");
  });
});
