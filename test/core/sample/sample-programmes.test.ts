import { BUILT_IN_PROGRAMMES } from "../../../src/core/subsidy/built-in";
import { PROGRAMME_COLUMNS } from "../../../src/core/subsidy/programme-table-columns";
import { programmeTable } from "../../../src/core/subsidy/programme-table-rows";
import { sampleProgrammeTable } from "../../../src/core/sample/sample-programmes";

describe("the sample workbook's programmes table", () => {
  it("is the built-in table with one labelled example row switching the Hetao draft on", () => {
    const at = (key: string) => PROGRAMME_COLUMNS.findIndex((column) => column.key === key);
    const builtIn = programmeTable(BUILT_IN_PROGRAMMES).rows;
    const sample = sampleProgrammeTable().rows;
    const changed = sample.filter((row, i) => JSON.stringify(row) !== JSON.stringify(builtIn[i]));
    expect(changed.map((row) => [row[at("id")], row[at("status")]])).toEqual([
      ["SZ-HETAO/overseas-annuity-half", "active"],
    ]);
    expect(String(changed[0][at("programmeName")])).toMatch(/^EXAMPLE \(sample workbook\)/);
    expect(String(changed[0][at("conditions")])).toMatch(/^EXAMPLE ROW/);
  });
});
