// The ask box: a plain-English question to GET /ask?q=TEXT (`kg ask` on the server), answered by a
// named question with its parameters, which the page then selects as if the user had picked it.
//   200 {question, title, params, sparql, results}   422 {error, examples: [{question, example}]}
//   404: this server has no /ask.
"use strict";

import { el } from "./table.js";

const $ = (id) => document.getElementById(id);

function say(...nodes) {
  $("ask-message").replaceChildren(...nodes);
}

/** Wire the ask form; `page` gives the page's own selectNamed, showAnswer and editor. */
export function setupAsk(page) {
  async function ask(text) {
    if (!text.trim()) return;
    say("asking…");
    const started = performance.now();
    let response;
    try {
      response = await fetch(`ask?${new URLSearchParams({ q: text })}`,
                             { headers: { Accept: "application/json" } });
    } catch (err) {
      say(el("span", { class: "error" }, String(err)));
      return;
    }
    if (response.status === 404) {
      say(el("span", { class: "error" },
             "This server does not support plain-English questions (it has no /ask)."));
      return;
    }
    let doc = null;
    try {
      doc = await response.json();
    } catch (err) {
      doc = null;
    }
    if (response.status === 422 && doc) {
      unanswered(doc);
    } else if (response.ok && doc && doc.results) {
      answered(doc, Math.round(performance.now() - started));
    } else {
      say(el("span", { class: "error" }, `${response.status}: ${doc?.error || response.statusText}`));
    }
  }

  function answered(doc, ms) {
    const params = doc.params || {};
    let request;
    if (page.selectNamed(doc.question, params)) {
      request = { name: doc.question, params };
    } else {  // a question this page does not list: show its SPARQL as it was run
      page.editor.setValue(doc.sparql || "");
      request = { query: doc.sparql || "" };
    }
    page.showAnswer(request, doc.results, ms);
    const shown = Object.entries(params).map(([k, v]) => `${k} = ${v}`).join(", ");
    say("Answered by ", el("strong", {}, doc.title || doc.question),
        ` (${doc.question}${shown ? ": " + shown : ""})`);
  }

  function unanswered(doc) {
    const list = el("ul", { class: "examples" });
    for (const { question, example } of doc.examples || []) {
      const button = el("button", { type: "button", class: "example", title: question }, example);
      button.addEventListener("click", () => { $("ask-text").value = example; ask(example); });
      list.append(el("li", {}, "").appendChild(button).parentNode);
    }
    say(el("span", { class: "error" }, doc.error || "not understood"),
        ...(list.children.length ? [el("p", {}, "Questions it can answer, for example:"), list] : []));
  }

  $("ask-form").addEventListener("submit", (e) => {
    e.preventDefault();
    ask($("ask-text").value);
  });
}
