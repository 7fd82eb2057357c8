/**
 * The files whose JSDoc declares custom functions, one per office or topic. The metadata plugin reads each
 * (functions.json lists every function of every file), and src/functions/index.ts imports each so the
 * bundle registers them. Tests read this list too, so a new file is covered the day it is added here.
 */
module.exports = [
  "src/functions/functions.ts",
  "src/functions/europe.ts",
  "src/functions/jp-kr-us.ts",
  "src/functions/finance.ts",
  "src/functions/offices.ts",
  "src/functions/cn-next-payment.ts",
];
