import { readFileSync } from "node:fs";

const { checkPage } = require("../../scripts/page-policy.cjs");

// The rules scripts/check-dist.mjs applies to every built page: office.js from the documented CDN on the
// Office pages, a CSP that allows exactly that host, and no external script anywhere else.
const DOCUMENTED = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const taskpane = readFileSync("src/taskpane/taskpane.html", "utf8");
const preview = readFileSync("src/preview/preview.html", "utf8");
const office = { loadsOfficeJs: true };
const plain = { loadsOfficeJs: false };

describe("page policy", () => {
  test("the task pane template loads office.js from the documented URL and passes", () => {
    expect(taskpane).toContain(`<script src="${DOCUMENTED}"></script>`);
    expect(checkPage("taskpane.html", taskpane, office)).toEqual([]);
  });

  test("the minified page html-webpack-plugin writes (unquoted attributes) passes too", () => {
    const minified =
      `<!doctype html><html><head><meta http-equiv=Content-Security-Policy content="default-src 'self'; ` +
      `script-src 'self' https://officeapis.public.onecdn.static.microsoft; img-src 'self' data:">` +
      `<script src=${DOCUMENTED}></script><script defer src=taskpane.js></script></head><body></body></html>`;
    expect(checkPage("taskpane.html", minified, office)).toEqual([]);
  });

  test("the old appsforoffice host is refused", () => {
    const old = taskpane
      .replace(DOCUMENTED, "https://appsforoffice.microsoft.com/lib/1/hosted/office.js")
      .replace(
        "https://officeapis.public.onecdn.static.microsoft;",
        "https://appsforoffice.microsoft.com;"
      );
    const problems = checkPage("taskpane.html", old, office).join("\n");
    expect(problems).toMatch(
      /must load https:\/\/officeapis\.public\.onecdn\.static\.microsoft\/1\/office\.js/
    );
    expect(problems).toMatch(/script-src allows https:\/\/appsforoffice\.microsoft\.com/);
    expect(problems).toMatch(/office\.js is blocked/);
  });

  test("a CSP broader than the office.js host is refused", () => {
    const host = "script-src 'self' https://officeapis.public.onecdn.static.microsoft";
    expect(
      checkPage("taskpane.html", taskpane.replace(host, `${host} https://cdn.example.com`), office)
    ).toEqual(["taskpane.html: script-src allows https://cdn.example.com"]);
    expect(checkPage("taskpane.html", taskpane.replace(host, `${host} https:`), office)).toEqual([
      "taskpane.html: script-src allows every https: URL",
    ]);
    expect(
      checkPage("taskpane.html", taskpane.replace("connect-src 'self'", "connect-src *"), office)
    ).toEqual(["taskpane.html: connect-src allows the wildcard *"]);
  });

  test("office.js must come first, in <head>", () => {
    const late = taskpane
      .replace(`<script src="${DOCUMENTED}"></script>`, "")
      .replace("</body>", `<script src="${DOCUMENTED}"></script></body>`);
    expect(checkPage("taskpane.html", late, office)).toEqual([
      `taskpane.html must load ${DOCUMENTED} in <head> before any other script`,
    ]);
  });

  test("the preview loads no external script and allows no host", () => {
    expect(checkPage("preview.html", preview, plain)).toEqual([]);
    const withOffice = preview.replace("</head>", `<script src="${DOCUMENTED}"></script></head>`);
    expect(checkPage("preview.html", withOffice, plain)).toEqual([
      `preview.html loads the external script ${DOCUMENTED}`,
    ]);
  });

  test("a page without a CSP, or with inline code, fails", () => {
    expect(checkPage("x.html", "<html><head></head></html>", plain)).toEqual([
      "x.html has no Content-Security-Policy",
    ]);
    const inline = preview.replace("</head>", "<script>alert(1)</script></head>");
    expect(checkPage("preview.html", inline, plain)).toEqual(["preview.html has an inline script"]);
  });
});
