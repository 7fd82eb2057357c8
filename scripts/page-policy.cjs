/* The rules every built HTML page must follow: its Content-Security-Policy (a <meta> tag) is strict, and
 * office.js comes from the documented CDN URL on the pages that need it and from nowhere on the others.
 * Used by scripts/check-dist.mjs on dist/, tested on hand-written pages in test/scripts/. */
"use strict";

const { OFFICE_JS_URL, OFFICE_JS_ORIGIN, LEGACY_OFFICE_JS_ORIGIN } = require("./office-js.cjs");

/** Every <tagName …> start tag of the page with its attributes (quoted or not, as minified HTML has them). */
function startTags(html, tagName) {
  const tags = [];
  for (const m of html.matchAll(new RegExp(`<${tagName}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, "gi"))) {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] === undefined ? "" : a[2].replace(/^["']|["']$/g, "");
    }
    tags.push({ attrs, index: m.index });
  }
  return tags;
}

/** The page's CSP as a map from directive to its source tokens ({} without a CSP meta tag). */
function parseCsp(html) {
  const meta = startTags(html, "meta").find(
    (t) => (t.attrs["http-equiv"] ?? "").toLowerCase() === "content-security-policy"
  );
  const policy = {};
  if (!meta || !meta.attrs.content) return policy;
  for (const part of meta.attrs.content.split(";")) {
    const [name, ...tokens] = part.trim().split(/\s+/);
    if (name) policy[name.toLowerCase()] = tokens;
  }
  return policy;
}

/** The src of every <script src> of the page, in document order, and whether it sits in <head>. */
function scriptSources(html) {
  const headEnd = html.search(/<\/head>/i);
  return startTags(html, "script")
    .filter((t) => t.attrs.src !== undefined)
    .map((t) => ({ src: t.attrs.src, inHead: headEnd < 0 || t.index < headEnd }));
}

const isExternal = (src) => /^(https?:)?\/\//i.test(src);
const isKeyword = (token) => /^'[^']*'$/.test(token);

/**
 * Problems of one page (an empty list when it is fine). `loadsOfficeJs`: the page runs inside Office
 * (task pane, custom functions, commands) and must load office.js; other pages must not.
 */
function checkPage(name, html, { loadsOfficeJs }) {
  const problems = [];
  const csp = parseCsp(html);
  if (Object.keys(csp).length === 0) return [`${name} has no Content-Security-Policy`];
  const scriptPolicy = csp["script-src"] ?? csp["default-src"] ?? [];
  if (!csp["script-src"] && !csp["default-src"]) problems.push(`${name}: CSP sets no script-src`);
  if (scriptPolicy.some((t) => /unsafe-inline|unsafe-eval|\*/.test(t)))
    problems.push(`${name}: script-src "${scriptPolicy.join(" ")}" is not strict`);
  if (startTags(html, "script").some((t) => t.attrs.src === undefined))
    problems.push(`${name} has an inline script`);
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) problems.push(`${name} has an inline event handler`);

  // No directive allows a wildcard, a whole scheme other than data: images, or any host but office.js's.
  for (const [directive, tokens] of Object.entries(csp)) {
    for (const token of tokens) {
      if (isKeyword(token)) continue;
      if (token.includes("*")) problems.push(`${name}: ${directive} allows the wildcard ${token}`);
      else if (/^[a-z][a-z0-9+.-]*:$/i.test(token)) {
        if (!(token === "data:" && directive === "img-src"))
          problems.push(`${name}: ${directive} allows every ${token} URL`);
      } else if (!(loadsOfficeJs && directive === "script-src" && token === OFFICE_JS_ORIGIN)) {
        problems.push(`${name}: ${directive} allows ${token}`);
      }
    }
  }

  const external = scriptSources(html).filter((s) => isExternal(s.src));
  if (loadsOfficeJs) {
    const all = scriptSources(html);
    if (all.length === 0 || all[0].src !== OFFICE_JS_URL || !all[0].inHead)
      problems.push(`${name} must load ${OFFICE_JS_URL} in <head> before any other script`);
    for (const s of external.filter((e) => e.src !== OFFICE_JS_URL))
      problems.push(`${name} loads the external script ${s.src}`);
    if (!(csp["script-src"] ?? []).includes(OFFICE_JS_ORIGIN))
      problems.push(
        `${name}: script-src does not allow ${OFFICE_JS_ORIGIN}, so office.js is blocked`
      );
  } else {
    for (const s of external) problems.push(`${name} loads the external script ${s.src}`);
  }
  if (html.includes(LEGACY_OFFICE_JS_ORIGIN.replace("https://", "")))
    problems.push(`${name} mentions the old office.js host ${LEGACY_OFFICE_JS_ORIGIN}`);
  return problems;
}

module.exports = { parseCsp, scriptSources, checkPage };
