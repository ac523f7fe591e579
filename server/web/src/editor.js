/* The query page's editor: CodeMirror 6 with SPARQL highlighting, line numbers, bracket matching,
   completion of the known prefixes and of the ontology's terms, and the endpoint's syntax error marked
   in place. It replaces the page's text area and keeps it up to date, so that the form still posts it. */
import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { EditorState, Prec } from "@codemirror/state";
import { setDiagnostics } from "@codemirror/lint";
import { autocompletion } from "@codemirror/autocomplete";
import { sparql } from "codemirror-lang-sparql";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";

// SPARQL's colours, each at least 4.5:1 on the editor's background (WCAG AA)
const COLOURS = HighlightStyle.define([
  { tag: tags.keyword, color: "#7a1fa2", fontWeight: "600" },
  { tag: [tags.url, tags.string], color: "#1d6b2f" },
  { tag: tags.variableName, color: "#0b4f94" },
  { tag: [tags.integer, tags.float, tags.bool], color: "#8a4b00" },
  { tag: [tags.namespace, tags.typeName], color: "#6b3a00" },
  { tag: tags.comment, color: "#5b6570", fontStyle: "italic" },
  { tag: tags.annotation, color: "#8a1c1c" },
]);

const KEYWORDS = ["SELECT", "CONSTRUCT", "DESCRIBE", "ASK", "WHERE", "PREFIX", "BASE", "OPTIONAL", "FILTER",
  "UNION", "MINUS", "GRAPH", "SERVICE", "BIND", "VALUES", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET",
  "DISTINCT", "REDUCED", "FROM", "FROM NAMED", "NOT EXISTS", "EXISTS", "COUNT", "SAMPLE", "GROUP_CONCAT",
  "LANG", "LANGMATCHES", "STR", "REGEX", "CONTAINS", "STRSTARTS", "YEAR", "ASC", "DESC", "AS"];

/** Completions for the word before the cursor: a prefix, a term of a known prefix, or a keyword;
    loadTerms() promises the terms by prefix ({ sco: [[name, kind, label], ...] }). */
function completions(prefixes, loadTerms) {
  const prefixOptions = Object.entries(prefixes).map(([name, namespace]) => ({
    label: `${name}:`, type: "namespace", detail: namespace,
  }));
  const keywordOptions = KEYWORDS.map((word) => ({ label: word, type: "keyword" }));
  return async (context) => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const declaring = /^\s*PREFIX\s+([\w-]*:?)$/i.exec(before);
    if (declaring) {
      // "PREFIX sc|": the whole declaration of a known prefix
      return {
        from: context.pos - declaring[1].length,
        options: Object.entries(prefixes).map(([name, namespace]) => ({
          label: `${name}: <${namespace}>`, type: "namespace",
        })),
      };
    }
    const word = context.matchBefore(/[A-Za-z_][\w-]*:[\w-]*|[A-Za-z_][\w-]*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const colon = word.text.indexOf(":");
    if (colon >= 0) {
      const known = (await loadTerms())[word.text.slice(0, colon)] || [];
      return {
        from: word.from + colon + 1,
        options: known.map(([name, kind, label]) => ({ label: name, type: kind, detail: label })),
        validFor: /^[\w-]*$/,
      };
    }
    return { from: word.from, options: [...prefixOptions, ...keywordOptions], validFor: /^[\w-]*$/ };
  };
}

/** Replace textarea with an editor; run() is called on Ctrl+Enter. Returns the page's handle on it. */
function create(textarea, { prefixes, loadTerms, nonce, run }) {
  const sync = EditorView.updateListener.of((update) => {
    if (update.docChanged) textarea.value = update.state.doc.toString();
  });
  const language = sparql();
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { run(); return true; } }])),
        basicSetup,
        language,
        Prec.high(syntaxHighlighting(COLOURS)),
        Prec.highest(autocompletion({ override: [completions(prefixes, loadTerms)] })),
        EditorView.cspNonce.of(nonce || ""),
        EditorView.contentAttributes.of({ "aria-label": "SPARQL query", "aria-describedby": "editor-help" }),
        EditorView.lineWrapping,
        sync,
      ],
    }),
  });
  textarea.hidden = true;
  textarea.after(view.dom);
  return {
    get value() { return view.state.doc.toString(); },
    set value(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus() { view.focus(); },
    clearError() { view.dispatch(setDiagnostics(view.state, [])); },
    /** Mark the endpoint's error at a 1-based line and column. */
    markError(line, column, message) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(1, line), doc.lines));
      const from = Math.min(at.to, at.from + Math.max(0, (column || 1) - 1));
      const to = Math.min(doc.length, Math.max(from + 1, at.to === from ? from : from + 1));
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: "error", message }]),
        { selection: { anchor: from }, scrollIntoView: true });
    },
  };
}

/** The editor view of an element of the page, for scripts that drive the page (the browser tests). */
function viewOf(element) {
  return EditorView.findFromDOM(element);
}

window.scoEditor = { create, viewOf };
