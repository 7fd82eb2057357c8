import { Money } from "../../../src/core/money/money";
import { convert, parseCurrency } from "../../../src/core/projection/currency";

describe("currency conversion at the user's rate", () => {
  it("converts to yen without decimals: 135 CNY × 19 = 2,565 JPY; 0.5 rounds up", () => {
    const jpy = parseCurrency("jpy", "19");
    expect(convert(new Money(135), jpy).toString()).toBe("2565");
    expect(convert(new Money("0.5"), { code: "JPY", ratePerCny: new Money(1) }).toString()).toBe(
      "1"
    );
  });

  it("converts to dollars with cents: 1,200 CNY × 0.1385 = 166.20 USD", () => {
    expect(convert(new Money(1200), parseCurrency("USD", 0.1385)).toFixed(2)).toBe("166.20");
  });

  it("keeps CNY at rate 1 whatever rate is typed", () => {
    expect(parseCurrency("CNY", 7).ratePerCny.toString()).toBe("1");
  });

  it("rejects a bad code or a rate that is not positive", () => {
    expect(() => parseCurrency("円", 19)).toThrow(
      'Currency "円" is not a 3-letter code such as CNY, JPY or USD.'
    );
    expect(() => parseCurrency("JPY", 0)).toThrow(
      'Rate "0" is not a positive number of JPY per CNY (e.g. 19 for JPY).'
    );
    expect(() => parseCurrency("JPY", "-3")).toThrow('Rate "-3" is not a positive number');
  });
});
