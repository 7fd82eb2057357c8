/**
 * Runs a generator to its end, yielding what `map` makes of each value it yields, and returns what it
 * returns: lets a stepwise reader (yielding row counts) report progress in its caller's own terms.
 * @example
 * function* count() { yield 1; yield 2; return "done"; }
 * [...mapSteps(count(), (n) => n * 10)] //=> [10, 20]
 */
export function* mapSteps<Inner, Outer, Result>(
  steps: Generator<Inner, Result, void>,
  map: (value: Inner) => Outer
): Generator<Outer, Result, void> {
  let step = steps.next();
  while (!step.done) {
    yield map(step.value);
    step = steps.next();
  }
  return step.value;
}

/**
 * Runs a generator to its end and returns what it returns: the plain form of a stepwise function, for
 * callers that need no pauses.
 * @example
 * function* count() { yield 1; yield 2; return "done"; }
 * runSteps(count()) //=> "done"
 */
export function runSteps<Result>(steps: Generator<unknown, Result, void>): Result {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
