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
    const mount = () =>
      mountPane(root, {
        port: new OfficeWorkbook(Excel, supports),
        language,
        today: () => todayDay(),
      });
    // The pane's texts are a chunk per language: if the user's cannot be fetched the pane opens in
    // English (the tables fall back to it) rather than not at all.
    loadPaneLanguage(language)
      .catch(() => loadPaneLanguage("en"))
      .then(mount, () =>
        showHostStatus(
          "The add-in's texts did not load: check the network, then reopen the add-in."
        )
      );
  });
}
