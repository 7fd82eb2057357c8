// Renders the help page of one custom function in one language (help/<lang>/<ID>.html), from the
// function's metadata (localized), the rule/source/example table src/help/function-help.json, and the
// labels below. Every text is HTML-escaped. Used by the webpack plugin in localize-functions.cjs.
const LABELS = {
  en: {
    parameters: "Arguments",
    optional: "optional",
    rule: "Rule",
    source: "Source",
    example: "Example",
    result: "Result",
    all: "All functions",
    language: "English",
  },
  ja: {
    parameters: "引数",
    optional: "省略可",
    rule: "規則",
    source: "出典",
    example: "使用例",
    result: "結果",
    all: "関数の一覧",
    language: "日本語",
  },
  zh: {
    parameters: "参数",
    optional: "可选",
    rule: "规则",
    source: "依据",
    example: "示例",
    result: "结果",
    all: "全部函数",
    language: "中文",
  },
};
const HTML_LANG = { en: "en", ja: "ja", zh: "zh-CN" };

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}

function helpUrl(baseUrl, language, id) {
  return `${baseUrl}help/${language}/${id}.html`;
}

function page(language, title, body) {
  return `<!doctype html>
<html lang="${HTML_LANG[language]}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'" />
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="../help.css" />
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/** The page of one function. `fn` is its (localized) metadata entry, `entry` its row of function-help.json. */
function renderFunctionPage(fn, entry, language) {
  const labels = LABELS[language];
  const signature = `=IP.${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
  const others = Object.keys(LABELS)
    .filter((other) => other !== language)
    .map(
      (other) =>
        `<a href="../${other}/${fn.id}.html" lang="${HTML_LANG[other]}">${LABELS[other].language}</a>`
    )
    .join(" · ");
  const rows = fn.parameters
    .map(
      (p) =>
        `          <tr><th scope="row"><code>${escapeHtml(p.name)}</code>${p.optional ? ` <small>(${labels.optional})</small>` : ""}</th><td>${escapeHtml(p.description)}</td></tr>`
    )
    .join("\n");
  const body = `      <p class="nav"><a href="index.html">${labels.all}</a> · ${others}</p>
      <h1><code>${escapeHtml(signature)}</code></h1>
      <p>${escapeHtml(fn.description)}</p>
      <h2>${labels.parameters}</h2>
      <table>
        <tbody>
${rows}
        </tbody>
      </table>
      <h2>${labels.rule}</h2>
      <p>${escapeHtml(entry.rule[language])}</p>
      <h2>${labels.example}</h2>
      <p><code>${escapeHtml(entry.example.formula)}</code> → ${labels.result}: <code>${escapeHtml(entry.example.result)}</code></p>
      <h2>${labels.source}</h2>
      <p>${escapeHtml(entry.source)}</p>`;
  return page(language, `IP.${fn.name}`, body);
}

/** The list of all functions in one language (help/<lang>/index.html). */
function renderIndexPage(metadata, language) {
  const items = metadata.functions
    .map(
      (fn) =>
        `        <li><a href="${fn.id}.html"><code>IP.${escapeHtml(fn.name)}</code></a>: ${escapeHtml(fn.description)}</li>`
    )
    .join("\n");
  return page(
    language,
    "IP Cost Planner",
    `      <h1>IP Cost Planner</h1>\n      <ul>\n${items}\n      </ul>`
  );
}

module.exports = { LABELS, escapeHtml, helpUrl, renderFunctionPage, renderIndexPage };
