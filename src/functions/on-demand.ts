import { toCellError } from "./cell-errors";

/**
 * A family of custom functions whose code is fetched on its first call (a webpack chunk). The result of
 * `run(call)` is `call(code)` as soon as the code is loaded, so a loaded family answers synchronously as
 * before; until then it is a Promise of that result, which Excel awaits (custom functions may return a
 * Promise; the cell shows #BUSY! meanwhile). A failure of `call` then rejects with its CustomFunctions.Error,
 * the error the cell would show anyway. A failed fetch gives #VALUE! with its reason, and the next call
 * tries again.
 *
 * The result is typed T, not T | Promise<T>: the metadata generator reads the declared return type of each
 * custom function (a union would become "any"), and Excel treats a Promise of T as T.
 */
export function onDemand<Code>(load: () => Promise<Code>) {
  let code: Code | undefined;
  let loading: Promise<Code> | undefined;
  return function run<T>(call: (loaded: Code) => T): T {
    if (code !== undefined) return call(code);
    loading ??= load().then(
      (loaded) => (code = loaded),
      (error: unknown) => {
        loading = undefined;
        throw toCellError(error);
      }
    );
    return loading.then(call) as unknown as T;
  };
}
