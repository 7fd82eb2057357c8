import { isEpMicro } from "../../../../src/core/offices/ep/entity";

// The entity vocabulary, EP column: only "micro" means something (-30%, pending EP).
describe("EPO entity values (docs/offices/ep.md, micro-entities)", () => {
  it("reads micro in any case, and blank or large as no reduction", () => {
    expect(isEpMicro("micro")).toBe(true);
    expect(isEpMicro(" Micro ")).toBe(true);
    expect(isEpMicro(undefined)).toBe(false);
    expect(isEpMicro("")).toBe(false);
    expect(isEpMicro("large")).toBe(false);
  });

  it.each(["sme", "small", "中小企業", "小規模企業", "小型实体", "0.85", "70"])(
    "refuses %s with a message naming the EPO's only reduction",
    (value) => {
      expect(() => isEpMicro(value)).toThrow(
        `entity "${value}" means nothing at the EPO: its only reduction is "micro"`
      );
    }
  );
});
