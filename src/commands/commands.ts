/* Ribbon commands. The only button (Home > Patent Fees) uses ShowTaskpane, which needs no function, so
 * this file just lets Office know the command surface of the shared runtime is initialised. */
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}
