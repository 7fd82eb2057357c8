/** Runs a custom function and returns the CustomFunctions.Error it throws (fails the test if none). */
export function cellError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return error as { code: string; message: string };
  }
  throw new Error("expected a CustomFunctions.Error, got a value");
}
