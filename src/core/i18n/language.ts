/**
 * The languages of the product, apart from their tables: the custom functions need only this, so they do
 * not download the task pane's strings.
 */
export type Language = "en" | "ja" | "zh";

/**
 * The language for an Office display language tag: ja-JP → ja, zh-CN / zh-TW / zh-HK → zh, else en.
 * @example languageOf("ja-JP") //=> "ja"
 */
export function languageOf(displayLanguage: string | undefined): Language {
  const tag = (displayLanguage ?? "").toLowerCase();
  if (tag.startsWith("ja")) return "ja";
  if (tag.startsWith("zh")) return "zh";
  return "en";
}
