"""External identifiers in queries: a Wikidata, DBpedia or GeoNames IRI that kgg:links ties to a sco-kg resource
stands for that resource, as SPARQL stores' same-as modes do (Virtuoso's input:same-as). The graph keeps its facts
on its own IRIs only (kgg:inferred holds no copies), so a query's constants are rewritten instead."""

from __future__ import annotations

from server.guard import Policy, iri_uses

SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
LINKS_QUERY = ("SELECT ?local ?external WHERE { GRAPH <https://w3id.org/sco-kg/graph/links> { "
               f"?local <{SAME_AS}> ?external }} FILTER(STRSTARTS(STR(?local), 'https://w3id.org/sco-kg/resource/')) }}")


def local_names(rows: list[dict]) -> dict[str, str]:
    """external IRI -> the one sco-kg resource linked to it (an IRI linked to two resources is left out)."""
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["external"]["value"], set()).add(row["local"]["value"])
    return {external: next(iter(locals_)) for external, locals_ in found.items() if len(locals_) == 1}


def rewrite(text: str, names: dict[str, str], policy: Policy) -> str:
    """The query with each constant external IRI replaced by its sco-kg resource, except where it stands
    next to owl:sameAs (there the link itself is asked about)."""
    if not names or not any(host in text for host in ("wikidata", "dbpedia", "geonames", "wd:", "dbr:", "gn:")):
        return text
    for start, end, iri, before, after in reversed(iri_uses(text, policy)):
        if iri in names and SAME_AS not in (before, after):
            text = f"{text[:start]}<{names[iri]}>{text[end:]}"
    return text
