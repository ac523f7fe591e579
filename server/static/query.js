/* The query page: run the editor's query on the endpoint (a form POST, as any client would) and show
   the answer as a table. Text from the server reaches the page only as textContent, never as HTML. */
"use strict";

const SHOWN_ROWS = 2000; // rows the table holds; the downloads hold every row of the answer
const PAGE_ROWS = 100; // rows the table shows at a time
const SHORT_LITERAL = 40; // a literal this short stays on one line ("2023-10-26", "Cholpon-Ata")
const ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9";
const DOWNLOADS = {
  results: [["JSON", "json", "srj"], ["CSV", "csv", "csv"], ["TSV", "tsv", "tsv"], ["XML", "xml", "srx"]],
  graph: [["Turtle", "turtle", "ttl"], ["N-Triples", "nt", "nt"], ["JSON-LD", "jsonld", "jsonld"],
    ["RDF/XML", "rdfxml", "rdf"]],
};
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
// The ontology's classes and properties, for the editor's completion of sco: terms (asked once, when needed)
const termsQuery = (graph) => `PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?term ?kind ?label WHERE {
  GRAPH <${graph}> { ?term a ?type . OPTIONAL { ?term rdfs:label ?label } }
  VALUES (?type ?kind) { (owl:Class "class") (owl:ObjectProperty "property") (owl:DatatypeProperty "property") }
}`;
const ESCAPES = { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" };
const NT_TERM = /<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?/y;

/** An IRI as prefix:rest with the longest namespace that fits and leaves a rest, else <iri>. */
function shorten(iri, prefixes) {
  let best = null;
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length && (!best || namespace.length > best[1].length)) {
      best = [prefix, namespace];
    }
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${iri}>`;
}

/** The path of a sco-kg resource's page, or null for any other IRI. */
function pageOf(iri, settings) {
  if (!iri.startsWith(settings.resources) || iri.length === settings.resources.length) return null;
  return settings.pages + iri.slice(settings.resources.length).split("/").map(encodeURIComponent).join("/");
}

function unescapeNTriples(text) {
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (all, short, long, char) => {
    const code = short || long;
    return code ? String.fromCodePoint(parseInt(code, 16)) : ESCAPES[char] ?? char;
  });
}

function nTriplesTerm([, iri, blank, literal, language, datatype]) {
  if (iri !== undefined) return { type: "uri", value: unescapeNTriples(iri) };
  if (blank !== undefined) return { type: "bnode", value: blank };
  const term = { type: "literal", value: unescapeNTriples(literal) };
  if (language) term["xml:lang"] = language;
  else if (datatype && datatype !== XSD_STRING) term.datatype = datatype;
  return term;
}

/** The triples of an N-Triples document, each term shaped as SPARQL JSON results shape it. */
function parseNTriples(text) {
  const triples = [];
  for (const line of text.split("\n")) {
    const terms = [];
    let at = 0;
    while (terms.length < 3) {
      while (line[at] === " " || line[at] === "\t") at += 1;
      NT_TERM.lastIndex = at;
      const match = NT_TERM.exec(line);
      if (!match) break;
      terms.push(nTriplesTerm(match));
      at = NT_TERM.lastIndex;
    }
    if (terms.length === 3) triples.push(terms);
  }
  return triples;
}

/** What an error answer says, from the endpoint's JSON error shape when it has one. */
function describeError(status, body) {
  let error = null;
  try {
    error = JSON.parse(body).error;
  } catch (notJson) {
    // the web server itself refused the request (plain text), or a proxy did
  }
  if (!error || typeof error !== "object") {
    return { title: `Error ${status}`, message: body.trim() || "The server gave no reason.", line: null };
  }
  return { title: `Error ${error.status || status}: ${(error.kind || "error").replace(/_/g, " ")}`,
    message: error.message || "", line: error.line ?? null, column: error.column ?? null,
    context: error.context ?? null };
}

/** The character offset of a 1-based line and column in text, kept inside the text. */
function offsetOf(text, line, column) {
  const lines = text.split("\n");
  let offset = 0;
  for (let index = 0; index < line - 1 && index < lines.length; index += 1) offset += lines[index].length + 1;
  return Math.min(text.length, offset + Math.max(0, (column || 1) - 1));
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const NUMERIC = /#(?:integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|gYear)$/;

/** What a literal's hover says: its language or its datatype as a prefixed name. */
function literalNote(term, prefixes) {
  const language = term["xml:lang"];
  if (language) return `@${language}`;
  return term.datatype && term.datatype !== XSD_STRING ? shorten(term.datatype, prefixes) : "xsd:string";
}

/** The label of a term as the page shows it: a prefixed name, _:id, or the literal's text. */
function termLabel(term, prefixes) {
  if (!term) return "";
  if (term.type === "uri") return shorten(term.value, prefixes);
  if (term.type === "bnode") return `_:${term.value}`;
  if (term.type === "triple") {
    const { subject, predicate, object } = term.value;
    return `<< ${[subject, predicate, object].map((part) => termLabel(part, prefixes)).join(" ")} >>`;
  }
  return term.value;
}

/** Rows sorted by one column: unbound last, numbers as numbers, the rest as the page shows them. */
function sortRows(rows, column, descending, prefixes) {
  const keyed = rows.map((row, index) => {
    const term = row[column];
    const numeric = term && term.type === "literal" && NUMERIC.test(term.datatype || "");
    return { row, index, term, number: numeric ? Number(term.value) : null, text: termLabel(term, prefixes) };
  });
  keyed.sort((a, b) => {
    if (!a.term || !b.term) return (!a.term) - (!b.term) || a.index - b.index;
    const order = a.number !== null && b.number !== null ? a.number - b.number
      : a.text.localeCompare(b.text, "en", { numeric: true, sensitivity: "base" });
    return (descending ? -order : order) || a.index - b.index;
  });
  return keyed.map((item) => item.row);
}

function termNode(term, settings) {
  const fragment = document.createDocumentFragment();
  if (!term) return fragment;
  if (term.type === "uri") {
    const page = pageOf(term.value, settings);
    const node = element(page ? "a" : "span", page ? "" : "iri", shorten(term.value, settings.prefixes));
    if (page) node.href = page;
    node.title = term.value;
    fragment.append(node);
  } else if (term.type === "bnode") {
    fragment.append(element("span", "bnode", `_:${term.value}`));
  } else if (term.type === "triple") {
    const { subject, predicate, object } = term.value;
    fragment.append("<< ", termNode(subject, settings), " ", termNode(predicate, settings), " ",
      termNode(object, settings), " >>");
  } else {
    const node = element("span", term.value.length <= SHORT_LITERAL ? "literal short" : "literal", term.value);
    node.title = literalNote(term, settings.prefixes);
    fragment.append(node);
  }
  return fragment;
}

/** A table of rows that sorts by a click on a column's heading and shows PAGE_ROWS rows at a time. */
function table(variables, allRows, settings) {
  const wrapper = element("div", "table-view");
  const rows = allRows.slice(0, SHOWN_ROWS);
  const node = element("table");
  const caption = element("caption", "visually-hidden", "Answer; a column heading's button sorts by it");
  node.append(caption);
  const head = node.createTHead().insertRow();
  const body = node.createTBody();
  const pager = element("nav", "pager");
  pager.setAttribute("aria-label", "Pages of the answer");
  let shown = rows;
  let page = 0;
  const pages = () => Math.max(1, Math.ceil(shown.length / PAGE_ROWS));

  function draw() {
    body.replaceChildren();
    for (const row of shown.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS)) {
      const line = body.insertRow();
      for (const term of row) line.insertCell().append(termNode(term, settings));
    }
    pager.replaceChildren();
    if (shown.length <= PAGE_ROWS) return;
    const first = page * PAGE_ROWS + 1;
    const last = Math.min(shown.length, (page + 1) * PAGE_ROWS);
    const previous = element("button", "secondary", "Previous");
    const next = element("button", "secondary", "Next");
    previous.type = next.type = "button";
    previous.disabled = page === 0;
    next.disabled = page >= pages() - 1;
    previous.addEventListener("click", () => { page -= 1; draw(); });
    next.addEventListener("click", () => { page += 1; draw(); });
    const where = element("span", "pager-status",
      `Rows ${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${shown.length.toLocaleString("en")}`);
    where.setAttribute("aria-live", "polite");
    pager.append(previous, where, next);
  }

  variables.forEach((name, column) => {
    const cell = element("th");
    cell.scope = "col";
    const button = element("button", "sort", `?${name}`);
    button.type = "button";
    button.title = `Sort by ?${name}`;
    button.addEventListener("click", () => {
      const descending = cell.getAttribute("aria-sort") === "ascending";
      for (const other of head.children) other.removeAttribute("aria-sort");
      cell.setAttribute("aria-sort", descending ? "descending" : "ascending");
      shown = sortRows(rows, column, descending, settings.prefixes);
      page = 0;
      draw();
    });
    cell.append(button);
    head.append(cell);
  });
  draw();
  wrapper.append(node, pager);
  return wrapper;
}

function plural(count, word) {
  return `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;
}

/** Terms (SPARQL JSON bindings of ?term ?kind ?label) by prefix: { sco: [[local name, kind, label], ...] }. */
function termsByPrefix(bindings, prefixes) {
  const byPrefix = {};
  for (const { term, kind, label } of bindings) {
    const short = shorten(term.value, prefixes);
    const colon = short.indexOf(":");
    if (short.startsWith("<") || colon < 0) continue;
    (byPrefix[short.slice(0, colon)] ??= []).push([short.slice(colon + 1), kind.value, label ? label.value : ""]);
  }
  return byPrefix;
}

/** The editor the page has: CodeMirror from the built bundle, or the text area itself. */
function makeEditor(textarea, settings, run) {
  if (window.scoEditor) {
    let terms = null;
    const loadTerms = () => {
      terms ??= fetch(settings.endpoint, { method: "POST", body: new URLSearchParams({ query: termsQuery(settings.ontologyGraph) }),
        headers: { Accept: "application/sparql-results+json" } })
        .then((response) => (response.ok ? response.json() : { results: { bindings: [] } }))
        .then((answer) => termsByPrefix(answer.results.bindings, settings.prefixes))
        .catch(() => ({}));
      return terms;
    };
    return window.scoEditor.create(textarea, { prefixes: settings.prefixes, loadTerms, nonce: settings.nonce, run });
  }
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  return {
    get value() { return textarea.value; },
    set value(text) { textarea.value = text; },
    focus() { textarea.focus(); },
    clearError() {},
    markError(line, column) {
      const offset = offsetOf(textarea.value, line, column);
      textarea.setSelectionRange(offset, Math.min(textarea.value.length, offset + 1));
      textarea.focus();
    },
  };
}

function setUp() {
  const settings = JSON.parse(document.getElementById("settings").textContent);
  const form = document.getElementById("query-form");
  const textarea = form.elements.query;
  const infer = document.getElementById("infer");
  const parts = Object.fromEntries(["status", "error", "notes", "results", "downloads", "picture"].map(
    (id) => [id, document.getElementById(id)]));
  let running = null;
  const editor = makeEditor(textarea, settings, () => run());

  function say(part, text) {
    parts[part].textContent = text;
    parts[part].hidden = !text;
  }

  function showError(error) {
    const box = parts.error;
    box.replaceChildren(element("strong", "", error.title));
    if (error.line !== null) box.append(` at line ${error.line}, column ${error.column}`);
    box.append(element("p", "", error.message));
    if (error.context !== null && error.context !== undefined) {
      const caret = " ".repeat(Math.min(error.context.length, Math.max(0, error.column - 1)));
      box.append(element("pre", "", `${error.context}\n${caret}^`));
    }
    box.hidden = false;
    if (error.line !== null) editor.markError(error.line, error.column, error.message);
  }

  function showDownloads(kind, text, inferred) {
    const links = parts.downloads;
    links.replaceChildren("Download: ");
    for (const [label, format, extension] of DOWNLOADS[kind]) {
      const link = element("a", "", label);
      link.href = `${settings.endpoint}?${new URLSearchParams({ query: text, infer: inferred, format })}`;
      link.download = `sco-kg-results.${extension}`;
      links.append(link);
    }
    const permalink = element("a", "", "Link to this query");
    permalink.href = `?${new URLSearchParams({ query: text, infer: inferred })}`;
    links.append(" · ", permalink);
    links.hidden = false;
  }

  function showPicture(triples) {
    if (!window.scoGraph || !triples.length) return "";
    parts.picture.hidden = false;
    const canvas = element("div", "graph-canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", "The answer's triples as a graph; the table below lists them");
    parts.picture.replaceChildren(canvas);
    const drawn = window.scoGraph.draw(canvas, triples, {
      label: (term) => termLabel(term, settings.prefixes), page: (term) => term.type === "uri"
        ? pageOf(term.value, settings) : null,
    });
    return drawn < triples.length ? `The picture shows the first ${plural(drawn, "triple")}.` : "";
  }

  function showAnswer(response, body, text, inferred, took) {
    const type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
    const notes = [];
    let count;
    if (type === "application/n-triples") {
      const triples = parseNTriples(body);
      count = plural(triples.length, "triple");
      notes.push(showPicture(triples));
      parts.results.append(table(["subject", "predicate", "object"], triples, settings));
      showDownloads("graph", text, inferred);
      if (triples.length > SHOWN_ROWS) notes.push(`The table holds the first ${plural(SHOWN_ROWS, "triple")}.`);
    } else {
      const answer = JSON.parse(body);
      if ("boolean" in answer) {
        count = "A yes-or-no answer";
        parts.results.append(element("p", "boolean", answer.boolean ? "true" : "false"));
      } else {
        const variables = answer.head.vars;
        const rows = answer.results.bindings.map((binding) => variables.map((name) => binding[name]));
        count = plural(rows.length, "row");
        parts.results.append(table(variables, rows, settings));
        if (rows.length > SHOWN_ROWS) notes.push(`The table holds the first ${plural(SHOWN_ROWS, "row")}.`);
      }
      showDownloads("results", text, inferred);
    }
    if (response.headers.get("X-SCO-KG-Truncated") === "true") {
      notes.unshift(`The answer was cut at ${plural(settings.maxRows, "row")}, the server's limit (MAX_ROWS): `
        + "add LIMIT and OFFSET to the query to page through the rest.");
    }
    if (notes.some(Boolean)) notes.push("The downloads hold the whole answer.");
    say("status", `${count} in ${took.toLocaleString("en")} ms${inferred ? "" : ", without inferred triples"}`);
    say("notes", notes.filter(Boolean).join(" "));
  }

  async function run() {
    if (running) running.abort();
    const controller = new AbortController();
    running = controller;
    const text = editor.value;
    textarea.value = text;
    const inferred = String(infer.checked);
    history.replaceState(null, "", `?${new URLSearchParams({ query: text, infer: inferred })}`);
    parts.results.replaceChildren();
    parts.picture.replaceChildren();
    parts.picture.hidden = true;
    editor.clearError();
    for (const part of ["error", "notes", "downloads"]) say(part, "");
    say("status", "Running…");
    parts.status.classList.add("running");
    const started = performance.now();
    try {
      const response = await fetch(settings.endpoint, { method: "POST", body: new URLSearchParams(new FormData(form)),
        headers: { Accept: ACCEPT }, signal: controller.signal });
      const body = await response.text();
      const took = Math.round(performance.now() - started);
      say("status", "");
      if (response.ok) showAnswer(response, body, text, inferred === "true", took);
      else showError(describeError(response.status, body));
    } catch (failure) {
      if (failure.name === "AbortError") return;
      say("status", "");
      showError({ title: "No answer", message: `The answer could not be read: ${failure.message}`, line: null });
    } finally {
      if (running === controller) {
        running = null;
        parts.status.classList.remove("running");
      }
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  for (const link of document.querySelectorAll("[data-example]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      editor.value = settings.examples[link.dataset.example];
      for (const other of document.querySelectorAll("[data-example]")) other.removeAttribute("aria-current");
      link.setAttribute("aria-current", "true");
      run();
    });
  }
  if (settings.autorun) run();
}

if (typeof module === "object" && module.exports) {
  module.exports = { shorten, pageOf, parseNTriples, describeError, offsetOf, sortRows, termsByPrefix }; // for the tests
} else {
  setUp();
}
