// The SPARQL editor: CodeMirror 5 (vendored, static/vendor/codemirror) with its SPARQL mode, and
// completion of the project's prefixes and of the names the store uses under each of them.
"use strict";

import { PREFIXES, select } from "./table.js";

/* global CodeMirror */
const namesByPrefix = new Map();  // prefix -> Promise<string[]>: asked once per page

// The local names the store uses under a namespace, as classes or properties.
function localNames(prefix) {
  if (!namesByPrefix.has(prefix)) {
    const ns = PREFIXES[prefix];
    const query = `SELECT DISTINCT ?t WHERE { { [] a ?t } UNION { [] ?t [] }
  FILTER(STRSTARTS(STR(?t), ${JSON.stringify(ns)})) } LIMIT 2000`;
    namesByPrefix.set(prefix, select(query).then((found) => (found ?? [])
      .map((b) => b.t.value.slice(ns.length))
      .filter((name) => /^[\w\-.]*$/.test(name) && !name.endsWith(".")).sort()));
  }
  return namesByPrefix.get(prefix);
}

// Completions at the cursor: `PREFIX d` -> `dkg: <…>`, `d` -> `dkg:`, `dkg:Is` -> `dkg:Island`.
async function hints(cm) {
  const cursor = cm.getCursor();
  const before = cm.getLine(cursor.line).slice(0, cursor.ch);
  const declared = /\bprefix\s+([A-Za-z][\w\-]*):$/i.exec(before);
  if (declared && declared[1] in PREFIXES) {  // `PREFIX dkg:` goes on with its namespace
    const ns = PREFIXES[declared[1]];
    return { list: [{ text: ` <${ns}>`, displayText: `${declared[1]}: <${ns}>` }],
             from: cursor, to: cursor };
  }
  const prefixed = /([A-Za-z][\w\-.]*):([\w\-.]*)$/.exec(before);
  if (prefixed && prefixed[1] in PREFIXES) {
    const [, prefix, typed] = prefixed;
    const names = (await localNames(prefix)).filter((n) => n.toLowerCase().startsWith(typed.toLowerCase()));
    return { list: names.map((n) => prefix + ":" + n),
             from: CodeMirror.Pos(cursor.line, cursor.ch - prefixed[0].length), to: cursor };
  }
  const word = /(?:^|[^\w:?$<])([A-Za-z][\w\-]*)?$/.exec(before);
  if (!word) return null;
  const typed = word[1] || "";
  const declaring = /\bprefix\s+[\w\-]*$/i.test(before);
  const list = Object.entries(PREFIXES)
    .filter(([p]) => p.toLowerCase().startsWith(typed.toLowerCase()))
    .map(([p, ns]) => ({
      text: declaring ? `${p}: <${ns}>` : p + ":",
      displayText: `${p}: <${ns}>`,
      // a prefixed name goes on: the names under the prefix are offered next
      hint: (editor, data, completion) => {
        editor.replaceRange(completion.text, data.from, data.to, "complete");
        if (!declaring) setTimeout(() => complete(editor), 0);
      },
    }));
  return { list, from: CodeMirror.Pos(cursor.line, cursor.ch - typed.length), to: cursor };
}

function complete(cm) {
  cm.showHint({ hint: hints, completeSingle: false });
}

/** Replace the textarea with the editor; returns the CodeMirror instance. */
export function createEditor(textarea, run) {
  const cm = CodeMirror.fromTextArea(textarea, {
    mode: "sparql",
    lineNumbers: true,
    indentUnit: 2,
    lineWrapping: true,
    viewportMargin: Infinity,
    extraKeys: {
      "Ctrl-Space": complete,
      "Ctrl-Enter": () => run(),
      "Cmd-Enter": () => run(),
    },
  });
  cm.on("inputRead", (editor, change) => {
    if (change.text.join("") === ":" && !editor.state.completionActive) complete(editor);
  });
  return cm;
}
