import { normalizeApplicationNumber } from "../../../src/core/portfolio/ledger-number";

describe("normalizeApplicationNumber makes one right typed two ways compare equal", () => {
  // All of these are CN application 202010123456.7 (12 digits and the check digit 7).
  it.each([
    "202010123456.7",
    "2020101234567",
    "CN202010123456.7",
    "ZL202010123456.7",
    "ZL 2020 1 0123456.7",
    "ＣＮ２０２０１０１２３４５６．７",
    " cn 202010123456.7 ",
  ])("%s is 2020101234567", (text) => {
    expect(normalizeApplicationNumber(text)).toBe("2020101234567");
  });

  it("keeps an X check digit", () => {
    expect(normalizeApplicationNumber("ZL201810012345.X")).toBe("201810012345X");
  });

  it("keeps numbers that differ apart", () => {
    expect(normalizeApplicationNumber("202010123456.7")).not.toBe(
      normalizeApplicationNumber("202010123456.8")
    );
  });

  it("leaves a non-Chinese reference alone apart from width and spaces", () => {
    expect(normalizeApplicationNumber("特願 2020-123456")).toBe("特願2020-123456");
  });
});
