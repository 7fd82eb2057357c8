import type { ExcelHost } from "../../src/excel/office-workbook";
import type { MemoryExcel } from "./index";

/**
 * An ExcelHost over the in-memory Excel that calls `afterRun` once batches have ended, as Excel repaints
 * the workbook after a batch: the browser preview re-renders its grid this way. Like Excel's repaint, it
 * happens apart from the add-in's code, in a task of its own, and once for batches that end together
 * (a run reads several tables one after the other; a cancelled write is followed by its clean-up): done
 * at the end of each batch, a 100,000-row sheet's redraw held the pane's thread for over 100 ms each time.
 * @example new OfficeWorkbook(observedHost(createMemoryExcel(), () => render()))
 */
export function observedHost(fake: MemoryExcel, afterRun: () => void): ExcelHost {
  let pending = false;
  const repaint = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      afterRun();
    }, 0);
  };
  return {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      try {
        return await fake.Excel.run(batch as never);
      } finally {
        repaint();
      }
    },
  };
}
