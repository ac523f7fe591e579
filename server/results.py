"""Write SELECT solutions as SPARQL JSON, XML, CSV or TSV, possibly cut at the row limit."""

from __future__ import annotations

import csv
import io
import json
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from pyoxigraph import BlankNode, Literal, NamedNode, QueryResultsFormat, Triple

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
Row = Sequence["NamedNode | BlankNode | Literal | Triple | None"]


def _json_term(term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    value = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        value["datatype"] = term.datatype.value
    return value


def write_json(variables: list[str], rows: list[Row], truncated: bool) -> bytes:
    """SPARQL 1.1 Query Results JSON; a cut result says "truncated": true at the top level."""
    bindings = [{name: _json_term(term) for name, term in zip(variables, row) if term is not None}
                for row in rows]
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    if truncated:
        document["truncated"] = True
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def _xml_term(term) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, Triple):
        parts = zip(("subject", "predicate", "object"), (term.subject, term.predicate, term.object))
        return "<triple>" + "".join(f"<{name}>{_xml_term(part)}</{name}>" for name, part in parts) + "</triple>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def write_xml(variables: list[str], rows: list[Row], truncated: bool) -> bytes:
    """SPARQL Query Results XML; a cut result carries <link href="#truncated"/> in its head."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "<head>", *(f"<variable name={quoteattr(name)}/>" for name in variables)]
    if truncated:
        out.append('<link href="#truncated"/>')
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        out.extend(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                   for name, term in zip(variables, row) if term is not None)
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "\n".join(out).encode()


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Triple):
        return str(term)
    return term.value


def write_csv(variables: list[str], rows: list[Row], truncated: bool) -> bytes:
    """SPARQL 1.1 CSV: plain values, CRLF line ends (no room for a truncation flag but the header)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_value(term) for term in row] for row in rows)
    return buffer.getvalue().encode()


def write_tsv(variables: list[str], rows: list[Row], truncated: bool) -> bytes:
    """SPARQL 1.1 TSV: terms in Turtle / N-Triples syntax, ?-prefixed header."""
    lines = ["\t".join("?" + name for name in variables)]
    lines.extend("\t".join("" if term is None else str(term) for term in row) for row in rows)
    return ("\n".join(lines) + "\n").encode()


WRITERS = {QueryResultsFormat.JSON: write_json, QueryResultsFormat.XML: write_xml,
           QueryResultsFormat.CSV: write_csv, QueryResultsFormat.TSV: write_tsv}
