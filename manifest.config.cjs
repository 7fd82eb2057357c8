/* The one source of the add-in's identity and store text, shared by both manifests:
 *   manifest.xml  (add-in only manifest, hand-written): test/manifest/manifest-config.test.ts checks that
 *                 every value below that it carries is equal there;
 *   manifest.json (unified manifest for Microsoft 365): generated from this file and the built
 *                 functions.json by scripts/unified-manifest.cjs during the webpack build.
 * URLs are relative to the deployment base URL (https://localhost:3000/ in development). Strings are per
 * language: "en" (the default, en-US), "ja-jp" and "zh-cn" (the locales of both manifests).
 */
"use strict";

module.exports = {
  /** manifest.xml <Id>. */
  xmlId: "e0e73705-085e-4c74-b518-fa44178ed23e",
  /** manifest.json "id": a different GUID, as Microsoft asks of an add-in that keeps both manifests
   * (learn.microsoft.com/office/dev/add-ins/concepts/duplicate-legacy-metaos-add-ins). */
  unifiedId: "c72768ac-7797-4514-ad1c-2ebab3fe4476",
  /** Semantic version; manifest.xml writes it with a fourth part (1.0.0 -> 1.0.0.0). */
  version: "1.0.0",
  /** manifest.xml ProviderName, manifest.json developer.name: the Partner Center publisher name. */
  provider: "IP Cost Planner",
  defaultLocale: "en-US",
  locales: ["ja-jp", "zh-cn"],
  /** Unified manifest schema bundled in @microsoft/app-manifest (the latest released version). */
  manifestVersion: "1.30",
  accentColor: "#0F6CBD",

  strings: {
    displayName: {
      en: "IP Cost Planner",
      "ja-jp": "IP Cost Planner（中国特許費用）",
      "zh-cn": "IP Cost Planner（中国专利费用）",
    },
    /** JSON only: name.full. */
    fullName: {
      en: "IP Cost Planner: Chinese patent fees in Excel",
      "ja-jp": "IP Cost Planner: Excel で中国特許の費用を計算",
      "zh-cn": "IP Cost Planner：在 Excel 中计算中国专利费用",
    },
    description: {
      en: "Chinese patent annuities, deadlines, late fees and fee reductions as Excel functions, with portfolio cost projections.",
      "ja-jp":
        "中国特許の年金（年費）、納付期限、滞納金、費用減免を Excel 関数で計算し、ポートフォリオ全体の費用予測も作成できます。",
      "zh-cn":
        "用 Excel 函数计算中国专利年费、缴费期限、滞纳金和费用减缴，并可生成专利组合费用预测。",
    },
    /** JSON only: description.short (80 characters at most). */
    shortDescription: {
      en: "Chinese patent annuities, due dates and late fees as Excel functions.",
      "ja-jp": "中国特許の年金・納付期限・滞納金を Excel 関数で計算します。",
      "zh-cn": "用 Excel 函数计算中国专利年费、缴费期限和滞纳金。",
    },
    getStartedTitle: {
      en: "IP Cost Planner is ready",
      "ja-jp": "IP Cost Planner の準備ができました",
      "zh-cn": "IP Cost Planner 已就绪",
    },
    getStartedDescription: {
      en: 'Type =IP.CN_ANNUITY("2018-07-09", 4) in a cell, or choose Home > Patent Fees for examples.',
      "ja-jp":
        'セルに =IP.CN_ANNUITY("2018-07-09", 4) と入力するか、[ホーム] > [特許費用] で使用例を表示します。',
      "zh-cn": '在单元格中输入 =IP.CN_ANNUITY("2018-07-09", 4)，或选择“开始”>“专利费用”查看示例。',
    },
    groupLabel: { en: "IP Cost Planner" },
    paneButtonLabel: { en: "Patent Fees", "ja-jp": "特許費用", "zh-cn": "专利费用" },
    paneButtonTooltip: {
      en: "Open IP Cost Planner: project your portfolio's fees, deadlines and subsidies, with example formulas.",
      "ja-jp": "IP Cost Planner を開きます: ポートフォリオの費用・期限・補助金の予測と数式の例。",
      "zh-cn": "打开 IP Cost Planner：预测专利组合的费用、期限和资助，并提供公式示例。",
    },
  },

  urls: {
    /** The shared runtime page: task pane, custom functions and ribbon commands. */
    taskpane: "taskpane.html",
    functionsScript: "functions.js",
    functionsMetadata: {
      en: "functions.json",
      "ja-jp": "functions-ja.json",
      "zh-cn": "functions-zh.json",
    },
    support: "help/index.html",
    privacy: "help/index.html#privacy",
    terms: "help/index.html#terms",
  },

  icons: {
    /** manifest.xml IconUrl and HighResolutionIconUrl; manifest.json extensions alternateIcons. */
    addin: { 32: "assets/icon-32.png", 64: "assets/icon-64.png" },
    /** Ribbon group and button, both manifests. */
    ribbon: { 16: "assets/icon-16.png", 32: "assets/icon-32.png", 80: "assets/icon-80.png" },
    /** manifest.json "icons": files at the root of the app package, copied from assets/. */
    color: { file: "color.png", source: "assets/color-192.png", size: 192 },
    outline: { file: "outline.png", source: "assets/outline-32.png", size: 32 },
  },

  functionsNamespace: "IP",
  requirementSets: [
    { name: "SharedRuntime", minVersion: "1.1" },
    { name: "CustomFunctionsRuntime", minVersion: "1.2" },
  ],
  /** manifest.xml Permissions and its unified manifest equivalent. */
  permissions: { xml: "ReadWriteDocument", unified: "Document.ReadWrite.User" },
  ribbon: {
    builtInTab: "TabHome",
    groupId: "IPCostPlanner.Group",
    buttonId: "IPCostPlanner.ShowPane",
  },
};
