/**
 * Runs a stepwise generator to its end, keeping every value it paused with: what the tests of the run's
 * stages compare (where a stage pauses) beside the result it returns.
 * @example runWithPauses((function* () { yield 1; yield 2; return "done"; })()) //=> { paused: [1, 2], value: "done" }
 */
export function runWithPauses<T>(steps: Generator<number, T, void>): {
  paused: number[];
  value: T;
} {
  const paused: number[] = [];
  let step = steps.next();
  while (!step.done) {
    paused.push(step.value);
    step = steps.next();
  }
  return { paused, value: step.value };
}
