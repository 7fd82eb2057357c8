import { statusFromText } from "../../../src/core/portfolio/status";

// Statuses as they are written in Chinese and Japanese ledgers (src/data/ledger-statuses.json).
describe("statusFromText reads the statuses people write", () => {
  it.each([
    ["审中", "pending"], // "under examination", short form
    ["实审中", "pending"],
    ["審査請求済", "pending"], // examination requested: still pending at the JPO
    ["视撤", "abandoned"], // 视为撤回, short form: deemed withdrawn
    ["视为撤回", "abandoned"],
    ["視為撤回", "abandoned"], // traditional characters
    ["みなし取下げ", "abandoned"],
    ["拒絶査定", "abandoned"],
    ["未缴年费专利权终止", "lapsed"],
    ["存続期間満了", "lapsed"],
    ["授权有效", "granted"],
    ["特許査定", "granted"],
    ["Deemed Withdrawn", "abandoned"], // case and spaces ignored
  ])("%s is %s", (text, status) => {
    expect(statusFromText(text)).toBe(status);
  });

  it("leaves an unknown wording undefined, to be reported on its row", () => {
    expect(statusFromText("待定")).toBeUndefined();
  });
});
