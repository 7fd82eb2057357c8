/* The task pane page. It shares its runtime with the custom functions, so it must never throw: outside
 * Excel it only says where to open it. Text is set with textContent, never innerHTML. */
import { loadPaneLanguage } from "../core/i18n/pane-languages";
import { languageOf } from "../core/i18n/strings";
import { OfficeWorkbook } from "../excel/office-workbook";
import { todayDay } from "../functions/today";
import { mountPane } from "./pane";

function showHostStatus(text: string): void {
  const element = document.getElementById("host-status");
  if (element) element.textContent = text;
}

if (typeof Office === "undefined") {
  showHostStatus("office.js did not load: check the network, then reopen the add-in.");
} else {
  Office.onReady((info) => {
    const root = document.getElementById("app");
    if (info.host !== Office.HostType.Excel || !root) {
      showHostStatus("Open this page from Excel (Home › Patent Fees) to use it.");
      return;
    }
    const supports = (version: string) =>
      Office.context.requirements.isSetSupported("ExcelApi", version);
    const language = languageOf(Office.context.displayLanguage);
    // The pane's texts in Japanese or Chinese are a chunk of their own; if it cannot be fetched the pane
    // opens in English rather than not at all.
    const mount = () =>
      mountPane(root, {
        port: new OfficeWorkbook(Excel, supports),
        language,
        today: () => todayDay(),
      });
    loadPaneLanguage(language).then(mount, mount);
  });
}
