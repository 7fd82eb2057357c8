import type { ExcelHost } from "../../src/excel/office-workbook";
import type { MemoryExcel } from "./index";

/**
 * An ExcelHost over the in-memory Excel that calls `afterRun` when each batch ends, as Excel repaints the
 * workbook after each batch: the browser preview re-renders its grid this way.
 * @example new OfficeWorkbook(observedHost(createMemoryExcel(), () => render()))
 */
export function observedHost(fake: MemoryExcel, afterRun: () => void): ExcelHost {
  return {
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      try {
        return await fake.Excel.run(batch as never);
      } finally {
        afterRun();
      }
    },
  };
}
