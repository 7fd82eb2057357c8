import { KIND_HELP, RightKind, rightKindFromText } from "../offices/cn/right-kind";

/**
 * What a portfolio row can hold: a patent right of one of the three Chinese kinds, or a trademark. Fees
 * are projected for Chinese patents only; a trademark row is read so that its registration can earn a
 * subsidy (Shenzhen 2021 paid for foreign trademark registrations).
 * @example const type: PortfolioRightType = "trademark";
 */
export type PortfolioRightType = RightKind | "trademark";

/** Names users give trademarks, compared without case and spaces (中文, 日本語). */
const TRADEMARK_NAMES = new Set([
  "trademark",
  "trademarks",
  "tm",
  "mark",
  "商标",
  "注册商标",
  "商標",
  "註冊商標",
  "登録商標",
]);

/**
 * The right types a portfolio row accepts, for messages.
 * @example PORTFOLIO_KIND_HELP.endsWith("or trademark (商标, 商標)") //=> true
 */
export const PORTFOLIO_KIND_HELP = `${KIND_HELP}, or trademark (商标, 商標)`;

/**
 * The right type a portfolio cell names: a patent kind in any language the fee functions accept, or a
 * trademark; undefined for anything else.
 * @example portfolioRightTypeFromText("商標") //=> "trademark"
 * @example portfolioRightTypeFromText("实用新型") //=> "utility"
 * @example portfolioRightTypeFromText("copyright") //=> undefined
 */
export function portfolioRightTypeFromText(text: string): PortfolioRightType | undefined {
  const word = text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  return TRADEMARK_NAMES.has(word) ? "trademark" : rightKindFromText(text);
}
