// The query page: plain JavaScript, no libraries, nothing fetched from outside this server.
"use strict";

const PREFIXES = JSON.parse(document.getElementById("prefixes").textContent);
const ID_NS = PREFIXES.id;
const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
const $ = (id) => document.getElementById(id);
let namedQueries = [];
// Only these IRIs become links: a record's url may be "javascript:…", which must stay text.
const WEB_URL = /^https?:\/\/[^\s]+$/i;

function shorten(iri) {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && /^[\w\-.\/]*$/.test(iri.slice(ns.length))) {
      return prefix + ":" + iri.slice(ns.length);
    }
  }
  return iri;
}

function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== null) node.textContent = text;
  return node;
}

function termCell(term) {
  const td = el("td");
  if (!term) return td;
  if (term.type === "uri") {
    if (term.value.startsWith(ID_NS)) {
      const a = el("a", { href: "#entity=" + encodeURIComponent(term.value), class: "entity",
                          title: term.value }, shorten(term.value));
      td.append(a);
    } else if (WEB_URL.test(term.value)) {
      td.append(el("a", { href: term.value, title: term.value, rel: "noopener noreferrer" }, shorten(term.value)));
    } else {
      td.append(el("span", { title: term.value }, shorten(term.value)));  // javascript:, data:…: text only
    }
  } else if (term.type === "literal") {
    td.append(document.createTextNode(term.value));
    const note = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? shorten(term.datatype) : "";
    if (note) td.append(" ", el("small", {}, note));
  } else if (term.type === "bnode") {
    td.textContent = "_:" + term.value;
  } else {
    td.textContent = JSON.stringify(term.value);
  }
  return td;
}

function renderJson(doc, container) {
  container.replaceChildren();
  if ("boolean" in doc) {
    container.append(el("p", { class: "boolean" }, doc.boolean ? "true" : "false"));
    return 1;
  }
  const vars = doc.head.vars;
  const table = el("table", { class: "results" });
  const head = el("tr");
  for (const v of vars) head.append(el("th", {}, v));
  table.append(el("thead"));
  table.tHead.append(head);
  const body = el("tbody");
  for (const row of doc.results.bindings) {
    const tr = el("tr");
    for (const v of vars) tr.append(termCell(row[v]));
    body.append(tr);
  }
  table.append(body);
  container.append(table);
  addLabels(table);
  return doc.results.bindings.length;
}

// Words for the graph's own IRIs: an entity's label, a fact's sentence ("Japan claims the
// Southern Kuril Islands"); the IRI stays in the link's title. One request for the whole table.
async function addLabels(container) {
  const links = [...container.querySelectorAll("a.entity")];
  const iris = [...new Set(links.map((a) => a.title))].filter((i) => SAFE_IRI.test(i)).slice(0, 500);
  if (!iris.length) return;
  const query = `SELECT ?s (MIN(STR(?l)) AS ?label) WHERE {
  VALUES ?s { ${iris.map((i) => "<" + i + ">").join(" ")} } ?s rdfs:label ?l } GROUP BY ?s`;
  try {
    const response = await fetch("sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 Accept: "application/sparql-results+json" },
      body: new URLSearchParams({ query }),
    });
    if (!response.ok) return;
    const found = (await response.json()).results.bindings;
    const labels = new Map(found.map((b) => [b.s.value, b.label.value]));
    for (const a of links) if (labels.has(a.title)) a.textContent = labels.get(a.title);
  } catch (err) {
    // the IRIs stay: a page without labels still works
  }
}

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

async function show(response, container, started) {
  const type = response.headers.get("content-type") || "";
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  if (!response.ok) {
    container.replaceChildren();
    setStatus(`${response.status}: ${text.trim()}`, true);
    return;
  }
  let count;
  if (type.includes("json")) {
    count = renderJson(JSON.parse(text), container);
  } else {
    container.replaceChildren(el("pre", {}, text));
    count = text.split("\n").filter((l) => l.trim()).length;
  }
  const cut = response.headers.get("Kg-Truncated");
  setStatus(`${count} result${count === 1 ? "" : "s"} in ${ms} ms` +
            (cut ? ` (cut at ${cut}: the server's result cap)` : ""));
}

async function runSparql(query, container = $("results")) {
  const started = performance.now();
  setStatus("running…");
  try {
    const response = await fetch("sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: ACCEPT },
      body: new URLSearchParams({ query }),
    });
    await show(response, container, started);
  } catch (err) {
    setStatus(String(err), true);
  }
}

async function runNamed(name) {
  const params = new URLSearchParams();
  for (const input of $("named-params").querySelectorAll("input")) {
    if (input.value.trim()) params.set(input.name, input.value.trim());
  }
  const started = performance.now();
  setStatus("running…");
  try {
    const response = await fetch(`queries/${encodeURIComponent(name)}?${params}`,
                                 { headers: { Accept: ACCEPT } });
    await show(response, $("results"), started);
  } catch (err) {
    setStatus(String(err), true);
  }
}

function run() {
  const name = $("named-select").value;
  const query = namedQueries.find((q) => q.name === name);
  if (query && $("query").value === query.text) runNamed(name);
  else runSparql($("query").value);
}

function chooseNamed() {
  const query = namedQueries.find((q) => q.name === $("named-select").value);
  const form = $("named-params");
  form.replaceChildren();
  $("named-question").textContent = query ? query.question : "";
  if (!query) return;
  $("query").value = query.text;
  for (const p of query.params) {
    const label = el("label", {}, p.name + (p.required ? " *" : ""));
    label.append(el("input", { name: p.name, placeholder: p.description || "", title: p.description || "" }));
    form.append(label);
  }
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

const SAFE_IRI = /^[^<>"{}|^`\\\s]+$/;

async function showEntity(iri) {
  if (!SAFE_IRI.test(iri)) return;
  $("entity").hidden = false;
  $("entity-title").textContent = shorten(iri);
  await runSparql(`SELECT ?property ?value WHERE { <${iri}> ?property ?value }
ORDER BY ?property ?value`, $("entity-props"));
  await runSparql(`SELECT DISTINCT ?fact ?role ?sentence ?source ?start ?end WHERE {
  ?fact ?role <${iri}> ; a dkg:Fact .
  OPTIONAL { ?fact dkg:evidence ?evidence . ?evidence nif:anchorOf ?sentence ; dkg:inSource ?source .
             OPTIONAL { ?evidence nif:beginIndex ?start ; nif:endIndex ?end } }
} ORDER BY ?fact ?source ?start`, $("entity-facts"));
  $("entity").scrollIntoView();
}

function onHash() {
  const match = /^#entity=(.+)$/.exec(location.hash);
  if (match) showEntity(decodeURIComponent(match[1]));
  else $("entity").hidden = true;
}

$("run").addEventListener("click", run);
$("query").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
});
$("named-select").addEventListener("change", chooseNamed);
$("entity-close").addEventListener("click", (e) => { e.preventDefault(); history.pushState(null, "", " "); onHash(); });
window.addEventListener("hashchange", onHash);
$("endpoint").textContent = new URL("sparql", location.href).href;
loadNamed().then(onHash);
