import {
  finalSheetNames,
  planWrite,
  tableRenames,
  uniqueSheetName,
  uniqueTableName,
} from "../../../src/excel/write-plan";
import { OutputSheet } from "../../../src/core/report/output-model";

const LIMITS = { targetRequestBytes: 1024 * 1024, maxRowsPerRequest: 1000 };
const deadlines: OutputSheet = {
  role: "deadlines",
  name: "IP Deadlines",
  blocks: [
    {
      top: 0,
      columns: [{ header: "ID", format: "text" }],
      rows: [["CN1"]],
      tableName: "IPDeadlines",
    },
  ],
  charts: [],
};

describe("names the writer generates", () => {
  it("sheet names stay within Excel's 31 characters with their number", () => {
    const long = "IP Subsidy offsets for Shenzhen HQ"; // 34 characters
    const name = uniqueSheetName(long, new Set([long.slice(0, 31).toLowerCase()]));
    expect(name).toBe("IP Subsidy offsets for Shen (2)");
    expect(name).toHaveLength(31);
  });

  it("a table name the user already has gets the next free variant", () => {
    expect(uniqueTableName("IPDeadlines", new Set(["ipdeadlines", "ipdeadlines_2"]))).toBe(
      "IPDeadlines_3"
    );
  });

  it("new sheets get temporary names no sheet has, and their final names once the old are gone", () => {
    const plan = planWrite(
      [deadlines],
      { sheets: ["Portfolio", "IP Deadlines"], tables: ["IPDeadlines"] },
      "r1",
      LIMITS
    );
    expect(plan.sheets[0].temporaryName).toBe("IPCP r1 1");
    expect(plan.sheets[0].tables).toEqual([
      { block: 0, name: "IPDeadlines_2", preferred: "IPDeadlines" },
    ]);
    // The previous output gone: the new sheet and table take the preferred names.
    expect(finalSheetNames(plan, ["Portfolio", "IPCP r1 1"])).toEqual(["IP Deadlines"]);
    expect(tableRenames(plan, [])).toEqual([{ from: "IPDeadlines_2", to: "IPDeadlines" }]);
    // A user's sheet and table with those names stay; the new ones keep a variant.
    expect(finalSheetNames(plan, ["Portfolio", "IP Deadlines", "IPCP r1 1"])).toEqual([
      "IP Deadlines (2)",
    ]);
    expect(tableRenames(plan, ["IPDeadlines"])).toEqual([]);
  });
});
