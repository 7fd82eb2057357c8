/* The Excel runtime provides the global `CustomFunctions`; under jest we define a faithful stand-in with
 * the documented error codes (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), so the
 * functions can be called directly and their errors inspected. */
class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
  }
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};
