/**
 * Runs a stepwise generator to its end: every value it yielded (where a stage of a run paused) and what
 * it returned, which the tests of the stages compare with the plain forms.
 * @example drain((function* () { yield 1; yield 2; return "done"; })()) //=> { yields: [1, 2], result: "done" }
 */
export function drain<Y, R>(steps: Generator<Y, R, void>): { yields: Y[]; result: R } {
  const yields: Y[] = [];
  let step = steps.next();
  while (!step.done) {
    yields.push(step.value);
    step = steps.next();
  }
  return { yields, result: step.value };
}
