import { readReduction } from "../../../../src/core/offices/cn/cell-readers";

// 专利收费减缴办法 (财税〔2016〕78号) Art. 4: one qualifying owner pays 15% (an 85% reduction), several pay 30%
// (70%). A percent sign means percent, so "0.85%" is 0.0085: no statutory rate, an error, never 85%.
describe("a reduction typed with a percent sign", () => {
  it("reads 85% and 70% as the statutory reductions", () => {
    expect(readReduction("85%").toString()).toBe("0.85");
    expect(readReduction(" 70 % ").toString()).toBe("0.7");
  });

  it('refuses "0.85%" instead of reading it as 85%', () => {
    expect(() => readReduction("0.85%")).toThrow(
      'reduction "0.85%" is a reduction of 0.0085, which no statutory rate matches: give 85% (one owner pays 15%) or 70% (several pay 30%).'
    );
  });
});
