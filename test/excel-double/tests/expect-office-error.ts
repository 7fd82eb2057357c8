import { MemoryOfficeError } from "..";

/** Awaits a promise that must reject with an Office-shaped error of the given code; returns the error. */
export async function expectOfficeError(
  promise: Promise<unknown>,
  code: string
): Promise<MemoryOfficeError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(MemoryOfficeError);
  const error = caught as MemoryOfficeError;
  expect(error.code).toBe(code);
  expect(error.debugInfo.code).toBe(code);
  return error;
}

/** Runs a function that must throw an Office-shaped error of the given code synchronously. */
export function expectThrownOfficeError(action: () => unknown, code: string): MemoryOfficeError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(MemoryOfficeError);
  expect((caught as MemoryOfficeError).code).toBe(code);
  return caught as MemoryOfficeError;
}
