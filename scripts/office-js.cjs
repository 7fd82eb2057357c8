/* Where the pages load office.js from, and the only script host their Content-Security-Policy allows
 * besides the add-in's own origin.
 *
 * Since 2026-09-10 Microsoft's documentation references office.js at
 * https://officeapis.public.onecdn.static.microsoft/1/office.js ("Referencing the Office JavaScript API
 * library", learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn;
 * changed in OfficeDev/office-js-docs-pr#5882, samples in OfficeDev/office-js-snippets#1119). "/1/" is the
 * latest release of version 1. Marketplace submissions must load it from the CDN, not bundle it.
 * office.js loads its host-specific files (excel-web-16.00.js, strings) from the same base, so this one
 * origin is the whole script allowance; Microsoft publishes no wider list (OfficeDev/office-js#1005).
 */
"use strict";

const OFFICE_JS_URL = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_URL).origin;
/** The host the pages used before (appsforoffice.microsoft.com): no page may load it or allow it. */
const LEGACY_OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

module.exports = { OFFICE_JS_URL, OFFICE_JS_ORIGIN, LEGACY_OFFICE_JS_ORIGIN };
