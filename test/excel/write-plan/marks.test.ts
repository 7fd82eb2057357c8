import { formatMark, parseMark } from "../../../src/excel/write-plan";

describe("the mark saved with an output sheet", () => {
  it("reads back what was written, under the 255-character custom property limit", () => {
    const mark = {
      role: "offsets",
      part: 2,
      run: "mx4swltm",
      state: "done" as const,
      print: "A1:P9#1a2b3c4d",
    };
    const text = formatMark(mark);
    expect(text.length).toBeLessThanOrEqual(255);
    expect(parseMark(text)).toEqual(mark);
  });

  it.each([
    ["another add-in's value", "yes"],
    ["a forged state", "ipcp1;summary;1;abc;finished;"],
    ["an unknown role", "ipcp1;budget;1;abc;done;"],
    ["a part out of range", "ipcp1;summary;0;abc;done;"],
    ["a run id with other characters", "ipcp1;summary;1;../x;done;"],
    ["too long", `ipcp1;summary;1;abc;done;${"x".repeat(300)}`],
    ["not text", 42],
  ])("rejects %s", (_, value) => {
    expect(parseMark(value)).toBeUndefined();
  });
});
