import {
  cnEntity,
  entityFor,
  epEntity,
  jpEntity,
  krEntity,
  usEntity,
} from "../../../src/core/offices/entity";

// The entity vocabulary of the issue "Every office in the portfolio", mapped per office.
describe("entity vocabulary", () => {
  it.each([
    ["sme", "sme"],
    ["中小企業", "sme"],
    ["small", "small"],
    ["小規模企業", "small"],
    [" Small ", "small"],
    [null, "none"],
    ["", "none"],
    ["large", "none"],
  ])("JP reads %p as %p", (value, meaning) => expect(jpEntity(value)).toBe(meaning));

  it.each([
    ["small", "small"],
    ["小規模企業", "small"],
    ["小型实体", "small"],
    ["micro", "micro"],
    ["MICRO", "micro"],
    [null, "large"],
    ["large", "large"],
  ])("US reads %p as %p", (value, meaning) => expect(usEntity(value)).toBe(meaning));

  it("EP reads micro; CN reads its reductions", () => {
    expect(epEntity("micro")).toBe("micro");
    expect(epEntity(null)).toBe("none");
    expect(cnEntity(85).toString()).toBe("0.85");
    expect(cnEntity(0.7).toString()).toBe("0.7");
    expect(cnEntity("70").toString()).toBe("0.7");
    expect(cnEntity([[null]]).toString()).toBe("0");
    expect(entityFor("US", "小型实体")).toBe("small");
  });

  it.each([
    ["JP", "micro"],
    ["JP", "小型实体"],
    ["JP", 0.85],
    ["US", "sme"],
    ["US", "中小企業"],
    ["US", 70],
    ["EP", "sme"],
    ["EP", "small"],
    ["EP", "小型实体"],
    ["EP", 85],
    ["CN", "sme"],
    ["CN", "small"],
    ["CN", "micro"],
    ["CN", "小型实体"],
    ["CN", 50],
  ] as const)("%s rejects %p, saying what it accepts", (office, value) => {
    expect(() => entityFor(office as "JP", value)).toThrow(
      expect.objectContaining({
        code: "invalid-entity",
        message: expect.stringContaining(`means nothing for ${office}`),
      })
    );
  });

  it("KR accepts only no reduction", () => {
    expect(krEntity(null)).toBe("none");
    expect(() => krEntity("small")).toThrow("감면");
  });
});
