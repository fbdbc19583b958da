// The SPARQL editor on /sparql: CodeMirror 6 with the SPARQL mode, the canned queries as examples,
// prefix insertion and completion, a results table, downloads, and a bar chart for numeric results.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { StreamLanguage } from "@codemirror/language";
import { Prec } from "@codemirror/state";
import { autocompletion } from "@codemirror/autocomplete";
import { sparql } from "@codemirror/legacy-modes/mode/sparql";

const config = JSON.parse(document.getElementById("editor-config").textContent);
const form = document.getElementById("sparql-form");
const textarea = document.getElementById("query");
const status = document.getElementById("status");
const results = document.getElementById("results");
const tableBox = document.getElementById("result-table");
const chartBox = document.getElementById("result-chart");
const tabTable = document.getElementById("tab-table");
const tabChart = document.getElementById("tab-chart");
const downloads = document.getElementById("downloads");
const examples = document.getElementById("examples");
const en = config.lang === "en";
const SVGNS = "http://www.w3.org/2000/svg";

function prefixCompletions(context) {
  const word = context.matchBefore(/[A-Za-z][\w-]*:?[\w-]*/);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  const options = Object.entries(config.prefixes).map(([p, ns]) => ({ label: p + ":", type: "namespace", detail: ns }));
  for (const kw of ["SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "WHERE", "OPTIONAL", "FILTER", "UNION", "GROUP BY",
                    "ORDER BY", "LIMIT", "OFFSET", "DISTINCT", "COUNT", "BIND", "VALUES", "LANG", "STR", "PREFIX"]) {
    options.push({ label: kw, type: "keyword" });
  }
  return { from: word.from, options };
}

// The editor lives in a shadow root. The site's Content-Security-Policy (style-src 'self', no inline style:
// api/service/headers.py) refuses the <style> element CodeMirror adds to a document; in a shadow root it
// adopts a constructed style sheet instead (CSSOM, which the policy does not govern). The editor's own look
// from this site (border, size, focus ring, font) is such a sheet too: the page's CSS does not reach in.
const host = document.createElement("div");
host.className = "editor-host";
const shadow = host.attachShadow({ mode: "open" });
const look = new CSSStyleSheet();
look.replaceSync(`
.cm-editor { border: 1px solid var(--line, #ccc); border-radius: 4px; min-height: 14rem; max-height: 60vh;
             font-size: .9rem; }
.cm-editor.cm-focused { outline: 2px solid #1a73e8; }
.cm-scroller { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; }
`);
shadow.adoptedStyleSheets = [look];

const view = new EditorView({
  parent: shadow,
  doc: textarea.value,
  extensions: [
    basicSetup,
    StreamLanguage.define(sparql),
    autocompletion({ override: [prefixCompletions] }),
    Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { run(); return true; } }])),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ "aria-label": "SPARQL", lang: "en" }),
  ],
});
textarea.hidden = true;
textarea.insertAdjacentElement("afterend", host);

function setQuery(text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
function query() { return view.state.doc.toString(); }

examples.addEventListener("change", () => {
  const e = config.examples.find((x) => x.name === examples.value);
  if (e) { setQuery(e.text); history.replaceState(null, "", "#example=" + e.name); }
});
document.getElementById("insert-prefixes").addEventListener("click", () => {
  const have = query();
  const lines = Object.entries(config.prefixes).filter(([p]) => !new RegExp(`PREFIX\\s+${p}:`, "i").test(have))
    .map(([p, ns]) => `PREFIX ${p}: <${ns}>`);
  if (lines.length) view.dispatch({ changes: { from: 0, insert: lines.join("\n") + "\n" } });
  view.focus();
});

function form_of(text) {
  const body = text.replace(/#[^\n]*/g, " ").replace(/PREFIX\s+\S*\s*<[^>]*>/gi, " ").replace(/BASE\s*<[^>]*>/gi, " ");
  const m = body.match(/\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i);
  return m ? m[1].toUpperCase() : "SELECT";
}

function link(base) {
  return (iri) => (config.base && iri.startsWith(config.base)) ? "/" + iri.slice(config.base.length) : iri;
}
const local = link();

function short(iri) {
  let best = "", name = "";
  for (const [p, ns] of Object.entries(config.prefixes)) if (iri.startsWith(ns) && ns.length > best.length) { best = ns; name = p; }
  return best ? `${name}:${iri.slice(best.length)}` : iri;
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const a = document.createElement("a"); a.href = local(term.value); a.textContent = short(term.value);
    a.title = term.value; td.append(a);
  } else if (term.type === "bnode") {
    td.textContent = "_:" + term.value;
  } else {
    const span = document.createElement("span"); span.textContent = term.value;
    if (term["xml:lang"]) span.lang = term["xml:lang"];
    td.append(span);
    if (isNumeric(term)) td.className = "num";
  }
  return td;
}

const NUMERIC = ["integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger", "positiveInteger"];
function isNumeric(term) {
  return term && term.type === "literal" && term.datatype &&
    NUMERIC.some((n) => term.datatype === "http://www.w3.org/2001/XMLSchema#" + n);
}

function downloadLinks(text, kind) {
  downloads.innerHTML = "";
  const fmts = kind === "graph" ? [["Turtle", "turtle"], ["N-Triples", "nt"], ["JSON-LD", "jsonld"], ["RDF/XML", "rdf"]]
                                : [["CSV", "csv"], ["TSV", "tsv"], ["JSON", "json"], ["XML", "xml"]];
  fmts.forEach(([label, fmt], i) => {
    const a = document.createElement("a");
    a.href = `${config.endpoint}?query=${encodeURIComponent(text)}&format=${fmt}`;
    a.textContent = label; a.download = `results.${fmt === "turtle" ? "ttl" : fmt}`;
    if (i) downloads.append(" · ");
    downloads.append(a);
  });
}

function showTab(which) {
  const chart = which === "chart";
  tabTable.setAttribute("aria-selected", String(!chart)); tabChart.setAttribute("aria-selected", String(chart));
  tableBox.hidden = chart; chartBox.hidden = !chart;
}
tabTable.addEventListener("click", () => showTab("table"));
tabChart.addEventListener("click", () => showTab("chart"));
[tabTable, tabChart].forEach((tab) => tab.addEventListener("keydown", (ev) => {
  if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
    const other = tab === tabTable ? tabChart : tabTable;
    if (!other.hidden) { other.focus(); other.click(); }
  }
}));

function table(data) {
  const vars = data.head.vars;
  const t = document.createElement("table");
  t.className = "results";
  const head = t.createTHead().insertRow();
  vars.forEach((v) => { const th = document.createElement("th"); th.scope = "col"; th.textContent = "?" + v; head.append(th); });
  const body = t.createTBody();
  for (const b of data.results.bindings) {
    const tr = body.insertRow();
    vars.forEach((v) => tr.append(cell(b[v])));
  }
  return t;
}

function chart(data) {
  const vars = data.head.vars, rows = data.results.bindings;
  const numeric = vars.filter((v) => rows.length && rows.every((b) => !b[v] || isNumeric(b[v])) && rows.some((b) => b[v]));
  if (!numeric.length || !rows.length) return null;
  const value = numeric[numeric.length - 1];
  const labelVar = vars.find((v) => !numeric.includes(v) && rows.some((b) => b[v] && b[v].type === "literal")) ||
                   vars.find((v) => !numeric.includes(v));
  const shown = rows.slice(0, 60);
  const nums = shown.map((b) => (b[value] ? parseFloat(b[value].value) : 0));
  const max = Math.max(...nums.map(Math.abs), 1e-9);
  const W = 760, L = 220, H = 24 * shown.length + 30;
  const svg = document.createElementNS(SVGNS, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`); svg.setAttribute("role", "img"); svg.setAttribute("class", "chart");
  const title = document.createElementNS(SVGNS, "title");
  title.textContent = `${en ? "Bar chart of" : "条形图:"} ?${value}${labelVar ? (en ? " by ?" : " / ?") + labelVar : ""}`;
  svg.append(title);
  shown.forEach((b, i) => {
    const y = 10 + i * 24;
    const label = labelVar && b[labelVar] ? (b[labelVar].type === "uri" ? short(b[labelVar].value) : b[labelVar].value) : String(i + 1);
    const t = document.createElementNS(SVGNS, "text");
    t.setAttribute("x", L - 6); t.setAttribute("y", y + 14); t.setAttribute("text-anchor", "end"); t.setAttribute("class", "label");
    t.textContent = label.length > 24 ? label.slice(0, 23) + "…" : label;
    const r = document.createElementNS(SVGNS, "rect");
    const w = Math.max(1, (W - L - 80) * Math.abs(nums[i]) / max);
    r.setAttribute("x", L); r.setAttribute("y", y + 3); r.setAttribute("width", w.toFixed(1)); r.setAttribute("height", 16);
    r.setAttribute("fill", nums[i] < 0 ? "#c62828" : "#1f6fb2");
    const tip = document.createElementNS(SVGNS, "title"); tip.textContent = `${label}: ${nums[i]}`; r.append(tip);
    const v = document.createElementNS(SVGNS, "text");
    v.setAttribute("x", L + w + 4); v.setAttribute("y", y + 15); v.setAttribute("class", "value"); v.textContent = String(nums[i]);
    svg.append(t, r, v);
  });
  return svg;
}

async function run() {
  const text = query();
  textarea.value = text;
  const kind = ["CONSTRUCT", "DESCRIBE"].includes(form_of(text)) ? "graph" : "table";
  status.textContent = "…";
  const started = performance.now();
  let response;
  try {
    response = await fetch(config.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 Accept: kind === "graph" ? "text/turtle" : "application/sparql-results+json" },
      body: new URLSearchParams({ query: text }),
    });
  } catch (e) {
    status.textContent = String(e); return;
  }
  const ms = Math.round(performance.now() - started);
  results.hidden = false;
  tableBox.innerHTML = ""; chartBox.innerHTML = ""; tabChart.hidden = true; showTab("table");
  if (!response.ok) {
    const pre = document.createElement("pre"); pre.className = "error"; pre.textContent = await response.text();
    tableBox.append(pre); status.textContent = `${response.status} · ${ms} ms`; downloads.innerHTML = "";
    return;
  }
  downloadLinks(text, kind);
  if (kind === "graph") {
    const pre = document.createElement("pre"); pre.textContent = await response.text(); tableBox.append(pre);
    status.textContent = `${ms} ms`; return;
  }
  const data = await response.json();
  if ("boolean" in data) {
    const p = document.createElement("p"); p.className = "boolean"; p.textContent = String(data.boolean); tableBox.append(p);
    status.textContent = `${ms} ms`; return;
  }
  tableBox.append(table(data));
  const n = data.results.bindings.length;
  status.textContent = en ? `${n} rows · ${ms} ms` : `${n} 行 · ${ms} 毫秒`;
  const svg = chart(data);
  if (svg) { chartBox.append(svg); tabChart.hidden = false; }
}

form.addEventListener("submit", (ev) => {
  // A chosen non-JSON format downloads through the plain form; otherwise run in the page.
  const fmt = document.getElementById("format").value;
  if (fmt !== "json") { textarea.value = query(); return; }
  ev.preventDefault(); run();
});

const fromHash = new URLSearchParams(location.hash.slice(1));
if (fromHash.get("example")) {
  const e = config.examples.find((x) => x.name === fromHash.get("example"));
  if (e) { setQuery(e.text); examples.value = e.name; }
} else if (fromHash.get("query")) {
  setQuery(fromHash.get("query"));
}
window.gwrEditor = { view, run, setQuery };
