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

/**
 * Runs `run(from, to)` over items 0 to `count` - 1 in ranges, pausing where a loop that counted every item
 * (`visited` before the first) would pause: before an item whose count is a multiple of `perStep`,
 * yielding that count. Returns the count after the last item. The loop itself is `run`, a plain function:
 * V8 optimises a loop there, not inside a running generator.
 * @example [...countedSteps(5, 0, 2, () => {})] //=> [2, 4]
 */
export function* countedSteps(
  count: number,
  visited: number,
  perStep: number,
  run: (from: number, to: number) => void
): Generator<number, number, void> {
  let from = 0;
  for (let at = perStep - 1 - (visited % perStep); at < count; at += perStep) {
    run(from, at);
    yield visited + at + 1;
    from = at;
  }
  run(from, count);
  return visited + count;
}
