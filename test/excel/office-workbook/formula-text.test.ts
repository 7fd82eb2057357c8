import { OutputSheet } from "../../../src/core/report/output-model";
import { workbookWithUserData } from "./workbook-fixture";

// A user's cell text such as =HYPERLINK(...) or @SUM(...) copied into an output sheet must arrive as the
// same text, never as a formula that Excel would evaluate (formula injection).
const HOSTILE = [
  '=HYPERLINK("http://evil.example","x")',
  "@SUM(A1:A9)",
  "+1+2",
  "-3+4",
  "=cmd|' /C calc'!A0",
];

describe("text that looks like a formula stays text", () => {
  it("in text columns (formatted as Text before the values are written)", async () => {
    const { fake, port } = workbookWithUserData();
    const output: OutputSheet = {
      role: "projection",
      name: "IP Projection",
      blocks: [
        {
          top: 0,
          columns: [{ header: "ID", format: "text" }],
          rows: HOSTILE.map((text) => [text]),
        },
      ],
      charts: [],
    };
    await port.writeSheets([output]);
    HOSTILE.forEach((text, i) => {
      const cell = fake.model.cell("IP Projection", `A${i + 2}`);
      expect([cell.value, cell.formula]).toEqual([text, null]);
    });
  });

  it("in other columns (written with Excel's apostrophe text prefix)", async () => {
    const { fake, port } = workbookWithUserData();
    const output: OutputSheet = {
      role: "summary",
      name: "IP Summary",
      blocks: [
        {
          top: 0,
          columns: [{ header: "Label", format: "general" }],
          rows: HOSTILE.map((text) => [text]),
        },
      ],
      charts: [],
    };
    await port.writeSheets([output]);
    HOSTILE.forEach((text, i) => {
      const cell = fake.model.cell("IP Summary", `A${i + 2}`);
      expect([cell.value, cell.formula]).toEqual([text, null]);
    });
  });
});
