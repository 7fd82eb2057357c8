// How a run shares the page's thread: small, loaded with the pane (the run code itself loads on demand).

/** Thrown by prepareRun when the user cancelled while the run was being planned. */
export class RunCancelled extends Error {
  constructor() {
    super("The run was cancelled.");
    this.name = "RunCancelled";
  }
}

/**
 * A new task (not a microtask), so the browser can paint and run a click's handler before the run goes
 * on: a message to a fresh channel (setTimeout(0) is clamped to 4 ms once nested), or a timer outside a
 * browser.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== "function") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * How long the run works before it lets the browser paint and handle input. A slice ends only after the
 * step under way (up to ~60 ms in the preview), so it is kept short: 25 ms rather than 40 halved the
 * tasks over 50 ms of a 100,000-right run in the preview (about 55 to 23-34, bench figure 9); one frame
 * (16 ms) rather than 25 took them from about 20 to 9-14, the longest from 91-102 ms to 88-94 in most runs.
 */
export const SLICE_MS = 16;

/**
 * The pacer of a run: `pause()` yields a task once `sliceMs` have passed since the last yield, and
 * costs nothing otherwise, so it can be called after every step of any size.
 */
export function createPacer(sliceMs = SLICE_MS, now: () => number = () => performance.now()) {
  let last = now();
  return {
    async pause(): Promise<void> {
      if (now() - last < sliceMs) return;
      await nextTask();
      last = now();
    },
  };
}
