// The query page: named questions with their parameters, the editor, results with downloads and a
// link that reopens the same query. Plain modules; the only library is the vendored CodeMirror.
"use strict";

import { setupAsk } from "./ask.js";
import { createEditor } from "./editor.js";
import { onHash } from "./entity.js";
import { el, postQuery, renderResults } from "./table.js";

const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
const $ = (id) => document.getElementById(id);
let namedQueries = [];
const remembered = new Map();  // question name -> {param: value}, kept while the page is open
let shownName = "";  // the named question whose fields are on the page

const editor = createEditor($("query"), run);
window.kgEditor = editor;  // for scripting the page (and its tests)

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function paramsOnPage() {
  const params = {};
  for (const input of $("named-params").querySelectorAll("input")) {
    if (input.value.trim()) params[input.name] = input.value.trim();
  }
  return params;
}

// What Run does now: the named question when its text is in the editor unchanged (so its
// parameters are bound by the server), else the editor's text as SPARQL.
function currentRequest() {
  const query = namedQueries.find((q) => q.name === $("named-select").value);
  if (query && editor.getValue() === query.text) return { name: query.name, params: paramsOnPage() };
  return { query: editor.getValue() };
}

function urls(request) {
  if (request.name) {
    const params = new URLSearchParams(request.params);
    const base = `queries/${encodeURIComponent(request.name)}`;
    const withFormat = (f) => `${base}?${new URLSearchParams({ ...request.params, format: f })}`;
    return { run: `${base}?${params}`, download: withFormat,
             share: `?${new URLSearchParams({ q: request.name, ...request.params })}` };
  }
  return { download: (f) => `sparql?${new URLSearchParams({ query: request.query, format: f })}`,
           share: `?${new URLSearchParams({ query: request.query })}` };
}

// Downloads of what is shown, and the link that reopens it; the address bar becomes that link.
function offer(request, isGraph) {
  const { download, share } = urls(request);
  const formats = isGraph ? [["turtle", "Turtle", "ttl"], ["jsonld", "JSON-LD", "jsonld"]]
                          : [["csv", "CSV", "csv"], ["json", "JSON", "json"]];
  const links = formats.map(([format, title, ext]) => el("a", {
    href: download(format), download: `${request.name || "results"}.${ext}`, "data-format": format,
  }, title));
  const link = el("a", { id: "share", href: location.pathname + share }, "link to this query");
  $("downloads").replaceChildren("download ", links[0], " ", links[1], " · ", link);
  $("downloads").hidden = false;
  history.replaceState(null, "", location.pathname + share + location.hash);
}

function clearResults() {
  $("results").replaceChildren();
  $("downloads").hidden = true;
  setStatus("");
}

/** Show a SPARQL JSON answer to `request`, with its downloads and the link that reopens it. */
export function showAnswer(request, doc, ms, note = "") {
  const count = renderResults(doc, $("results"));
  offer(request, false);
  setStatus(`${count} result${count === 1 ? "" : "s"} in ${ms} ms${note}`);
}

async function show(request, response, started) {
  const type = response.headers.get("content-type") || "";
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  if (!response.ok) {
    clearResults();
    setStatus(`${response.status}: ${text.trim()}`, true);
    return;
  }
  const cut = response.headers.get("Kg-Truncated");
  const note = cut ? ` (cut at ${cut}: the server's result cap)` : "";
  if (type.includes("json")) {
    showAnswer(request, JSON.parse(text), ms, note);
    return;
  }
  $("results").replaceChildren(el("pre", {}, text));
  offer(request, true);
  const count = text.split("\n").filter((l) => l.trim()).length;
  setStatus(`${count} line${count === 1 ? "" : "s"} in ${ms} ms${note}`);
}

async function run() {
  const request = currentRequest();
  if (request.query !== undefined && !request.query.trim()) {
    clearResults();
    setStatus("The editor is empty: write a query, or pick a named question.", true);
    return;
  }
  const started = performance.now();
  setStatus("running…");
  try {
    const response = request.name
      ? await fetch(urls(request).run, { headers: { Accept: ACCEPT } })
      : await postQuery(request.query, ACCEPT);
    await show(request, response, started);
  } catch (err) {
    setStatus(String(err), true);
  }
}

// Picking a question shows its text and its fields, filled with what was typed for it before;
// "write your own" empties the editor, so Run can never send a question without its parameters.
function chooseNamed() {
  if (shownName) remembered.set(shownName, paramsOnPage());
  const query = namedQueries.find((q) => q.name === $("named-select").value);
  shownName = query ? query.name : "";
  const form = $("named-params");
  form.replaceChildren();
  $("named-question").textContent = query ? query.question : "";
  clearResults();
  if (!query) {
    editor.setValue("");
    history.replaceState(null, "", location.pathname + location.hash);
    editor.focus();
    return;
  }
  editor.setValue(query.text);
  const values = remembered.get(query.name) || {};
  for (const p of query.params) {
    const label = el("label", {}, p.name + (p.required ? " *" : ""));
    const input = el("input", { name: p.name, placeholder: p.description || "",
                                title: p.description || "" });
    input.value = values[p.name] || "";
    label.append(input);
    form.append(label);
  }
}

/** Select a named question with these parameters, as if the user had picked it and typed them. */
export function selectNamed(name, params = {}) {
  if (!namedQueries.some((q) => q.name === name)) return false;
  if (shownName) remembered.set(shownName, paramsOnPage());
  shownName = "";
  remembered.set(name, { ...params });
  $("named-select").value = name;
  chooseNamed();
  return true;
}

async function loadNamed() {
  try {
    const response = await fetch("queries", { headers: { Accept: "application/json" } });
    namedQueries = await response.json();
  } catch (err) {
    namedQueries = [];
  }
  for (const q of namedQueries) {
    $("named-select").append(el("option", { value: q.name }, `${q.title} (${q.name})`));
  }
}

// A link made by the page: ?q=NAME&param=value reopens a named question, ?query=TEXT a query.
function openFromAddress() {
  const search = new URLSearchParams(location.search);
  if (search.has("q")) {
    const params = Object.fromEntries([...search].filter(([k]) => k !== "q"));
    if (!selectNamed(search.get("q"), params)) {
      setStatus(`No named question '${search.get("q")}' on this server.`, true);
      return;
    }
    run();
  } else if (search.has("query")) {
    editor.setValue(search.get("query"));
    run();
  }
}

$("run").addEventListener("click", run);
$("named-select").addEventListener("change", chooseNamed);
$("named-params").addEventListener("submit", (e) => e.preventDefault());
$("named-params").addEventListener("keydown", (e) => {
  if (e.key === "Enter") { e.preventDefault(); run(); }
});
$("endpoint").textContent = new URL("sparql", location.href).href;
setupAsk({ selectNamed, showAnswer, editor });
loadNamed().then(() => { openFromAddress(); onHash(); });
