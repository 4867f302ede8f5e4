// An entity's page (#entity=IRI): headed by its label, the IRI beneath, then its facts with evidence.
"use strict";

import { labelOf, postQuery, renderResults, SAFE_IRI, shorten } from "./table.js";

const $ = (id) => document.getElementById(id);

async function table(query, container) {
  container.replaceChildren();
  const response = await postQuery(query);
  if (response.ok) renderResults(await response.json(), container);
  else container.textContent = `${response.status}: ${(await response.text()).trim()}`;
}

async function showEntity(iri) {
  if (!SAFE_IRI.test(iri)) return;
  $("entity").hidden = false;
  $("entity-title").textContent = shorten(iri);
  $("entity-iri").textContent = iri;
  const label = await labelOf(iri);
  if (label) $("entity-title").textContent = label;
  await table(`SELECT ?property ?value WHERE { <${iri}> ?property ?value }
ORDER BY ?property ?value`, $("entity-props"));
  await table(`SELECT DISTINCT ?fact ?role ?sentence ?source ?start ?end WHERE {
  ?fact ?role <${iri}> ; a dkg:Fact .
  OPTIONAL { ?fact dkg:evidence ?evidence . ?evidence nif:anchorOf ?sentence ; dkg:inSource ?source .
             OPTIONAL { ?evidence nif:beginIndex ?start ; nif:endIndex ?end } }
} ORDER BY ?fact ?source ?start`, $("entity-facts"));
  $("entity").scrollIntoView();
}

export function onHash() {
  const match = /^#entity=(.+)$/.exec(location.hash);
  if (match) showEntity(decodeURIComponent(match[1]));
  else $("entity").hidden = true;
}

$("entity-close").addEventListener("click", (e) => {
  e.preventDefault();
  history.pushState(null, "", location.pathname + location.search);
  onHash();
});
window.addEventListener("hashchange", onHash);
