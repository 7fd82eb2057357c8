import { isoToDay } from "../../../src/core/dates/civil";
import { perCaseAmount } from "../../../src/core/subsidy/per-case";
import { subsidy } from "../../../src/functions";

// CNIPA, 关于进一步严格规范专利申请行为的通知 (国知发保字〔2021〕1号, 2021-01-27): filing-stage patent subsidies
// to be abolished by the end of June 2021. Shenzhen 2021 paid CNY 10,000 per PCT application after its
// international publication (JETRO Hong Kong, April 2021, table 2).
describe("application-stage subsidies after 2021-06-30", () => {
  it("pays the PCT publication of 2021-06-30 and nothing from 2021-07-01", () => {
    expect(perCaseAmount("SZ-2021", "publication", "PCT", isoToDay("2021-06-30")).toNumber()).toBe(
      10000
    );
    expect(perCaseAmount("SZ-2021", "publication", "PCT", isoToDay("2021-07-01")).toNumber()).toBe(
      0
    );
    expect(subsidy("SZ-2021", "publication", "PCT", "2021-09-30")).toBe(0);
  });

  it("leaves grants alone: a US grant of 2021-09-30 still earns 40,000", () => {
    expect(subsidy("SZ-2021", "grant", "US", "2021-09-30")).toBe(40000);
  });
});
