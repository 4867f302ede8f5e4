// Results as a table that sorts (click a header) and pages; words for the graph's own IRIs.
"use strict";

export const PREFIXES = JSON.parse(document.getElementById("prefixes").textContent);
const ID_NS = PREFIXES.id;
// Only these IRIs become links: a record's url may be "javascript:…", which must stay text.
const WEB_URL = /^https?:\/\/[^\s]+$/i;
export const SAFE_IRI = /^[^<>"{}|^`\\\s]+$/;
const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "short",
  "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger"].map((t) => XSD + t));
const PAGE_SIZES = [25, 50, 100, 500];
// IRI -> label, shared by every table on the page, so paging and sorting ask the server once.
const labels = new Map();

export function shorten(iri) {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && /^[\w\-.\/]*$/.test(iri.slice(ns.length))) {
      return prefix + ":" + iri.slice(ns.length);
    }
  }
  return iri;
}

export function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== null) node.textContent = text;
  return node;
}

function termCell(term) {
  const td = el("td");
  if (!term) return td;
  if (term.type === "uri") {
    const shown = labels.get(term.value) ?? shorten(term.value);
    if (term.value.startsWith(ID_NS)) {
      td.append(el("a", { href: "#entity=" + encodeURIComponent(term.value), class: "entity",
                          title: term.value }, shown));
    } else if (WEB_URL.test(term.value)) {
      td.append(el("a", { href: term.value, title: term.value, rel: "noopener noreferrer" }, shown));
    } else {
      td.append(el("span", { title: term.value }, shown));  // javascript:, data:…: text only
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

// What a row sorts by in a column: a number for numeric literals, else the text a person sees.
function sortKey(term) {
  if (!term) return null;
  if (term.type === "literal" && NUMERIC.has(term.datatype)) return Number(term.value);
  if (term.type === "uri") return labels.get(term.value) ?? shorten(term.value);
  return String(term.value);
}

function compare(a, b) {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;  // unbound last
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: "base" });
}

// Cells wrap at spaces; a token too long for its share of the width (an IRI) may break anywhere,
// and past this many columns every cell may, so the table always fits the window.
const WRAP_EVERYWHERE = 10;

function fitted(td, columns) {
  const limit = Math.max(10, Math.floor(160 / columns));
  if (td.textContent.split(/\s+/).some((token) => token.length > limit)) td.classList.add("long");
  return td;
}

/** Show a SPARQL JSON result in `container`; returns the number of rows (or 1 for ASK). */
export function renderResults(doc, container, { pageSize = 50, paged = true } = {}) {
  container.replaceChildren();
  if ("boolean" in doc) {
    container.append(el("p", { class: "boolean" }, doc.boolean ? "true" : "false"));
    return 1;
  }
  const state = { vars: doc.head.vars, rows: doc.results.bindings.slice(), sortBy: null,
                  descending: false, page: 0, pageSize: paged ? pageSize : Infinity };
  draw(state, container);
  return state.rows.length;
}

function draw(state, container) {
  const pages = Math.max(1, Math.ceil(state.rows.length / state.pageSize));
  state.page = Math.min(state.page, pages - 1);
  const first = state.page * state.pageSize;
  const shown = state.rows.slice(first, first + state.pageSize);
  const table = el("table", { class: state.vars.length > WRAP_EVERYWHERE ? "results wide" : "results" });
  const head = el("tr");
  for (const v of state.vars) {
    const th = el("th", { "data-var": v, title: "sort by " + v, tabindex: "0" }, v);
    th.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); th.click(); }
    });
    if (state.sortBy === v) {
      th.setAttribute("aria-sort", state.descending ? "descending" : "ascending");
      th.append(el("span", { class: "arrow" }, state.descending ? " ▼" : " ▲"));
    }
    th.addEventListener("click", () => {
      state.descending = state.sortBy === v ? !state.descending : false;
      state.sortBy = v;
      const order = state.descending ? -1 : 1;
      // Stable sort: equal keys keep the server's order.
      state.rows = state.rows.map((row, i) => [row, i])
        .sort(([a, i], [b, j]) => order * compare(sortKey(a[v]), sortKey(b[v])) || i - j)
        .map(([row]) => row);
      state.page = 0;
      draw(state, container);
    });
    head.append(th);
  }
  table.append(el("thead"));
  table.tHead.append(head);
  const body = el("tbody");
  for (const row of shown) {
    const tr = el("tr");
    for (const v of state.vars) tr.append(fitted(termCell(row[v]), state.vars.length));
    body.append(tr);
  }
  table.append(body);
  container.replaceChildren(table);
  if (state.rows.length > Math.min(...PAGE_SIZES) && state.pageSize !== Infinity) {
    container.append(pager(state, container, pages, first, shown.length));
  }
  addLabels(table);
}

function pager(state, container, pages, first, count) {
  const nav = el("nav", { class: "pager", "aria-label": "result pages" });
  const go = (page) => { state.page = page; draw(state, container); };
  const prev = el("button", { type: "button", class: "prev" }, "‹ previous");
  prev.disabled = state.page === 0;
  prev.addEventListener("click", () => go(state.page - 1));
  const next = el("button", { type: "button", class: "next" }, "next ›");
  next.disabled = state.page >= pages - 1;
  next.addEventListener("click", () => go(state.page + 1));
  const where = el("span", { class: "where" },
                   `rows ${first + 1}–${first + count} of ${state.rows.length}`);
  const size = el("select", { class: "page-size", "aria-label": "rows per page" });
  for (const n of PAGE_SIZES) {
    const option = el("option", { value: String(n) }, `${n} per page`);
    option.selected = n === state.pageSize;
    size.append(option);
  }
  size.addEventListener("change", () => {
    state.pageSize = Number(size.value);
    state.page = Math.floor(first / state.pageSize);
    draw(state, container);
  });
  nav.append(prev, where, next, size);
  return nav;
}

/** The label of one IRI (rdfs:label, else skos:prefLabel), or null: for an entity's heading. */
export async function labelOf(iri) {
  if (!SAFE_IRI.test(iri)) return null;
  const query = `SELECT (STR(?l) AS ?label) WHERE {
  VALUES (?property ?rank) { (rdfs:label 0) (skos:prefLabel 1) } <${iri}> ?property ?l
} ORDER BY ?rank STR(?l) LIMIT 1`;
  const found = await select(query);
  const label = found?.[0]?.label?.value;
  if (label) labels.set(iri, label);
  return label ?? null;
}

// Words for the graph's own IRIs: an entity's label, a fact's sentence ("Japan claims the
// Southern Kuril Islands"); the IRI stays in the link's title. One request for the whole table.
async function addLabels(container) {
  const links = [...container.querySelectorAll("a.entity")];
  const iris = [...new Set(links.map((a) => a.title))]
    .filter((i) => !labels.has(i) && SAFE_IRI.test(i)).slice(0, 500);
  if (iris.length) {
    const found = await select(`SELECT ?s (MIN(STR(?l)) AS ?label) WHERE {
  VALUES ?s { ${iris.map((i) => "<" + i + ">").join(" ")} } ?s rdfs:label ?l } GROUP BY ?s`);
    for (const b of found ?? []) labels.set(b.s.value, b.label.value);
  }
  for (const a of links) if (labels.has(a.title)) a.textContent = labels.get(a.title);
}

/** POST a query to the endpoint for SPARQL JSON results (the page's own queries). */
export function postQuery(query, accept = "application/sparql-results+json") {
  return fetch("sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
    body: new URLSearchParams({ query }),
  });
}

/** The bindings of a SELECT, or null when it fails. */
export async function select(query) {
  try {
    const response = await postQuery(query);
    return response.ok ? (await response.json()).results.bindings : null;
  } catch (err) {
    return null;  // the IRIs stay: a page without labels still works
  }
}
