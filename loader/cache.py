"""A content-hash cache of article graphs, so that a build extracts only the articles that changed.

An entry is keyed by the article (its id, date, title and text), the build's timestamp and a digest of what
extraction depends on: the loader's code and the reference data. Entries of another loader or reference data live
in another folder, which the next build removes. Each entry is the article graph as N-Triples and its warnings,
written atomically; an entry that cannot be read is extracted again."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from loader.rdf.article import ArticleGraph
from loader.reading.documents import Document

LOADER = Path(__file__).parent


def code_key(triples_dir: Path) -> str:
    """A digest of the loader's code and the reference data: what every entry depends on."""
    digest = hashlib.sha256()
    for path in sorted(LOADER.rglob("*.py")) + sorted((Path(triples_dir) / "reference").glob("*.ttl")):
        digest.update(str(path.relative_to(path.parent.parent)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


class ArticleCache:
    """The entries of one loader and reference data under folder/<code key>/."""

    def __init__(self, folder: Path, triples_dir: Path):
        self.root = Path(folder)
        self.folder = self.root / code_key(triples_dir)
        self.hits = self.misses = 0

    def key(self, document: Document, generated: datetime | None) -> str:
        text = json.dumps([document.id, document.source, str(document.published), document.title, document.text,
                           list(document.datelines), generated.isoformat() if generated else None])
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str) -> tuple[ArticleGraph, list[str]] | None:
        """The graph and warnings of an entry, or None."""
        try:
            meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            triples = set(ox.parse(path=str(self.folder / f"{key}.nt"), format=ox.RdfFormat.N_TRIPLES))
        except (OSError, ValueError, SyntaxError):
            self.misses += 1
            return None
        self.hits += 1
        published = datetime.fromisoformat(meta["published"]).date() if meta["published"] else None
        graph = ArticleGraph(URIRef(meta["graph"]), published, {(t.subject, t.predicate, t.object) for t in triples})
        return graph, meta["warnings"]

    def put(self, key: str, graph: ArticleGraph, warnings: list[str]) -> None:
        """Store an entry; a cache that cannot be written only costs the next build time."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            data = ox.serialize((ox.Triple(*triple) for triple in sorted(graph.triples, key=str)),
                                format=ox.RdfFormat.N_TRIPLES)
            meta = json.dumps({"graph": str(graph.identifier), "warnings": list(warnings),
                               "published": graph.published.isoformat() if graph.published else None})
            for suffix, content in ((".nt", data), (".json", meta.encode("utf-8"))):
                handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
                with os.fdopen(handle, "wb") as out:
                    out.write(content)
                os.replace(temporary, self.folder / f"{key}{suffix}")
        except OSError:
            pass

    def prune(self) -> None:
        """Remove the entries of other loader code or reference data."""
        if self.root.is_dir():
            for other in self.root.iterdir():
                if other.is_dir() and other != self.folder:
                    shutil.rmtree(other, ignore_errors=True)
