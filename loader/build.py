"""Steps 1-5 end to end: documents -> facts -> article graphs -> dataset -> inferred graph -> TriG file (atomic)."""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rdflib import Graph
from tqdm import tqdm

from loader.cache import ArticleCache
from loader.rdf.dataset import assemble_dataset, canonical_labels, fixed_graphs, serialize_trig, trig_block
from loader.reading.documents import DocumentError, find_documents, read_bytes, read_documents
from loader.extraction.extract import EXTRACTOR_VERSION, extract_facts
from loader.extraction.gazetteer import Gazetteer, gazetteer_from_graph
from loader.rdf.namespaces import INFERRED_GRAPH, SCO
from loader.reasoning import DEFAULT_ENGINE
from loader.rdf.article import ArticleGraph, facts_to_triples, rdf

OUTPUT_NAME = "sco-kg.trig"
CACHE_NAME = ".cache"  # in the triples folder: the article graphs of earlier builds (loader/cache.py)
PROGRESS_FROM = 50  # articles from which extraction shows a progress bar
HEADER, CLOSING = "# sco-kg build ", "# sco-kg end sha256 "  # the first and last lines of a built graph
SHOWN_PROBLEMS = 40  # a failed validation lists this many problems


class BuildError(Exception):
    """The build failed as a whole; nothing was written."""


@dataclass
class BuildReport:
    """What a build read, produced and how long each phase took."""

    output: Path | None = None
    articles: list[str] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    triples: dict[str, int] = field(default_factory=dict)
    entities: Counter = field(default_factory=Counter)
    seconds: dict[str, float] = field(default_factory=dict)
    validation: str = ""
    cached: int = 0  # articles taken from the cache, not extracted again


class _Phases:
    def __init__(self, report: BuildReport):
        self.report = report

    def __call__(self, name: str):
        report = self.report

        class _Timer:
            def __enter__(self):
                self.start = time.perf_counter()

            def __exit__(self, *exc):
                report.seconds[name] = report.seconds.get(name, 0.0) + time.perf_counter() - self.start

        return _Timer()


NO_FACTS = "no state, person, organization or meeting found; is it an article about the SCO?"


def extract_graphs(paths, gazetteer: Gazetteer, report: BuildReport, generated: datetime | None = None,
                   jobs: int = 1, cache: ArticleCache | None = None, written: dict | None = None) -> list[ArticleGraph]:
    """One graph per readable article; failing articles go to report.errors. An article the cache holds is not
    extracted again. With jobs > 1, extraction runs in that many processes (forked, so they share the gazetteer);
    the graphs come back in the articles' order. `written`, if given, receives each extracted graph's block of the
    output file (`trig_block`), made while the workers extract the next articles."""
    phase = _Phases(report)
    with phase("read"):
        documents, errors = read_documents(find_documents(paths))
    report.errors.extend(errors)
    keys = [cache.key(document, generated) for document in documents] if cache else []
    done = {index: hit for index in range(len(documents)) if cache and (hit := cache.get(keys[index]))}
    todo = [index for index in range(len(documents)) if index not in done]
    with phase("extract"):  # and the graphs: each article's as its facts arrive, while the workers read the next
        for index, (facts, error) in zip(todo, _extract_all([documents[index] for index in todo], gazetteer, jobs)):
            document = documents[index]
            if error:  # one bad article must not stop the others; reported by name
                report.errors.append(DocumentError(document.source, f"extraction failed: {error}"))
                continue
            warnings = list(facts.warnings) + ([NO_FACTS] if not facts.entities and not facts.meetings else [])
            try:
                graph = facts_to_triples(document, facts, EXTRACTOR_VERSION, generated)
            except Exception as err:  # noqa: BLE001 - reported by the article's name, the build goes on
                report.errors.append(DocumentError(document.source, f"extraction failed: {type(err).__name__}: {err}"))
                continue
            if cache:
                cache.put(keys[index], graph, warnings)
            if written is not None:
                written[graph.identifier] = trig_block(graph)
            done[index] = graph, warnings
    graphs = []
    for index, document in enumerate(documents):
        if index in done:
            graph, warnings = done[index]
            report.warnings.extend(f"{document.source}: {warning}" for warning in warnings)
            report.articles.append(document.source)
            graphs.append(graph)
    if cache:
        report.cached = len(documents) - len(todo)
        cache.prune()
    return graphs


_SHARED: dict[str, Gazetteer] = {}  # the gazetteer forked worker processes read (set before the pool starts)


def _extract_one(document):
    """(facts, None) for an article, or (None, the error) when extraction fails."""
    try:
        return extract_facts(document, _SHARED["gazetteer"]), None
    except Exception as err:  # noqa: BLE001 - reported by the article's name, the build goes on
        return None, f"{type(err).__name__}: {err}"


tqdm.monitor_interval = 0  # no monitor thread: a thread left running would make the next build in this process serial


def _extract_all(documents, gazetteer: Gazetteer, jobs: int):
    """Extraction of every document, in one process or in `jobs` forked ones, yielded in the documents' order as it
    is done. Forking is safe only where the platform can fork and this process runs no other thread (a server
    rebuilding its graph extracts in one process)."""
    _SHARED["gazetteer"] = gazetteer
    serial = jobs <= 1 or len(documents) < 2 or threading.active_count() > 1 \
        or "fork" not in multiprocessing.get_all_start_methods()
    # a progress bar with articles per second, on a terminal and for more than a handful of articles
    progress = tqdm(total=len(documents), unit=" articles", desc="extract", leave=False,
                    disable=len(documents) < PROGRESS_FROM or not sys.stderr.isatty())
    with progress:
        given = 0
        if not serial:
            context = multiprocessing.get_context("fork")
            try:
                with ProcessPoolExecutor(max_workers=min(jobs, len(documents)), mp_context=context) as pool:
                    chunks = max(1, len(documents) // (jobs * 8))
                    for result in pool.map(_extract_one, documents, chunksize=chunks):
                        progress.update()
                        given += 1
                        yield result
                    return
            except BrokenProcessPool:  # a worker died (killed, out of memory): read the rest again in this process
                pass
        for document in documents[given:]:
            progress.update()
            yield _extract_one(document)


def build(
    documents: list[Path], ontology_dir: Path, triples_dir: Path, output: Path | None = None,
    infer: bool = True, validate: bool = True, generated: datetime | None = None, engine: str = DEFAULT_ENGINE,
    jobs: int = 1, use_cache: bool = True,
) -> BuildReport:
    """Build the whole dataset and write it atomically; returns the report (errors listed, not raised)."""
    report = BuildReport()
    phase = _Phases(report)
    with phase("read"):
        fixed = fixed_graphs(ontology_dir, triples_dir)
    cache = ArticleCache(Path(triples_dir) / CACHE_NAME, triples_dir) if use_cache else None
    written: dict = {}
    articles = extract_graphs(documents, gazetteer_from_graph(fixed[1]), report, generated, jobs, cache, written)
    if not articles:
        raise BuildError("no article could be read: " + "; ".join(str(e) for e in report.errors) if report.errors
                         else "no article files (*.txt) found in " + ", ".join(map(str, documents)))
    with _no_cycle_collection():
        return _assemble_and_write(report, documents, ontology_dir, triples_dir, output, fixed, articles, written,
                                   infer, validate, engine)


@contextmanager
def _no_cycle_collection():
    """The dataset is millions of long-lived objects, which Python's cycle collector would walk again and again
    while they are made (a quarter of a rebuild's time at 1,000 articles); they leave no cycles worth collecting."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _assemble_and_write(report: BuildReport, documents, ontology_dir: Path, triples_dir: Path, output: Path | None,
                        fixed: list[Graph], articles: list[ArticleGraph], written: dict, infer: bool, validate: bool,
                        engine: str) -> BuildReport:
    """The build after extraction: the dataset, its closure, validation and the file (`written`: the blocks of the
    file made during extraction, by graph)."""
    from loader.reasoning.infer import asserted_triples, infer as infer_closure  # owlrl and the rules: only here

    phase = _Phases(report)
    with phase("assemble"):
        for identifier in canonical_labels(fixed[1], articles):
            written.pop(identifier, None)  # its lines are made again
        graphs = fixed + articles
        dataset = assemble_dataset(graphs) if infer or validate else None
        asserted = asserted_triples(dataset) if dataset is not None else None
    inconsistencies = None  # what inference found, so that validation need not reason again
    if infer:
        with phase("infer"):
            inference = infer_closure(dataset, engine=engine, asserted=asserted)
            inferred, inconsistencies = inference.graph, inference.inconsistencies
            dataset.graph(INFERRED_GRAPH).addN((s, p, o, dataset.graph(INFERRED_GRAPH)) for s, p, o in inferred)
            graphs.append(inferred)
    if validate:
        from loader.reasoning.validate import validate as validate_dataset

        with phase("validate"):
            result = validate_dataset(dataset, asserted=asserted, inconsistencies=inconsistencies)
        report.validation = result.text
        if not result.conforms:
            problems = result.text.splitlines()
            shown = "\n".join(problems[:SHOWN_PROBLEMS])
            more = f"\n... and {len(problems) - SHOWN_PROBLEMS} more; to see them all, build with --no-validate " \
                "-o other.trig, then run sco-kg validate --trig other.trig" if len(problems) > SHOWN_PROBLEMS else ""
            raise BuildError("the graph is not well formed; nothing was written:\n" + shown + more)
    _count(graphs, report)
    output = Path(output or Path(triples_dir) / OUTPUT_NAME)
    with phase("write"):
        stamp = fingerprint(documents, ontology_dir, triples_dir, infer, engine)
        try:
            write_atomic(output, sealed(stamp, serialize_trig(graphs, written)))
        except OSError as err:
            raise BuildError(f"cannot write {err.filename or output}: {err.strerror or err}; "
                             "the previous graph, if any, is kept") from err
    report.output = output
    return report


def sealed(stamp: str, trig: bytes) -> bytes:
    """A built graph as written: a header line with the build's fingerprint, the TriG, and a closing line
    with the digest of both, so that a cut or edited file is told apart from a whole one."""
    body = f"{HEADER}{stamp}\n".encode() + trig + (b"" if trig.endswith(b"\n") else b"\n")
    return body + f"{CLOSING}{hashlib.sha256(body).hexdigest()}\n".encode()


def graph_file_problem(path: Path) -> str | None:
    """Why a built graph file cannot be served as sco-kg built it (empty, not sco-kg's, truncated), or None."""
    data = Path(path).read_bytes()
    if not data.strip():
        return "is empty"
    if not data.startswith(HEADER.encode()):
        return f"was not built by sco-kg (its first line is not '{HEADER}<fingerprint>')"
    body, _, last = data.rstrip(b"\n").rpartition(b"\n")
    if not last.startswith(CLOSING.encode()):
        return "is truncated (sco-kg's closing line is missing)"
    if last[len(CLOSING):].decode("ascii", "replace") != hashlib.sha256(body + b"\n").hexdigest():
        return "is truncated or was edited (its digest does not match its closing line)"
    return None


def _count(graphs: list[Graph | ArticleGraph], report: BuildReport) -> None:
    for graph in sorted(graphs, key=lambda g: str(g.identifier)):
        if len(graph):
            report.triples[str(graph.identifier)] = len(graph)
    kinds = {(s, o) for g in graphs if isinstance(g, ArticleGraph)
             for s, p, o in g if p == rdf.type and o.value.startswith(SCO)}
    report.entities.update(o.value[len(SCO):] for _, o in kinds)


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; the graph is for everyone to read
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fingerprint(documents, ontology_dir: Path, triples_dir: Path, infer: bool = True,
                engine: str = DEFAULT_ENGINE) -> str:
    """A digest of everything a build reads: articles, ontology, reference data, links and the loader's code."""
    files = find_documents(list(documents)) + sorted(Path(ontology_dir).glob("*.ttl"))
    files += sorted((Path(triples_dir) / "reference").glob("*.ttl")) + sorted(Path(triples_dir).glob("links.ttl"))
    files += sorted(Path(__file__).parent.rglob("*.py"))
    digest = hashlib.sha256(f"infer={infer} engine={engine}".encode())
    for path in files:
        try:
            data = read_bytes(path)
        except DocumentError as err:  # the build reports it; its reason is part of what the build read
            data = err.reason.encode()
        digest.update(os.fsencode(Path(path).name) + b"\0" + data + b"\0")
    return digest.hexdigest()[:16]


def recorded_fingerprint(output: Path) -> str | None:
    """The fingerprint a built TriG file starts with, if any."""
    with open(output, "rb") as handle:
        first = handle.readline().decode("utf-8", "replace")
    return first.split()[-1] if first.startswith(HEADER) else None


def ensure_built(documents_dir: Path, triples_dir: Path, ontology_dir: Path) -> Path:
    """The TriG file to serve: built first if missing, rebuilt if sco-kg built it from other inputs or code.

    BuildError if it cannot be served as it is: empty, truncated or not built by sco-kg."""
    output = Path(triples_dir) / OUTPUT_NAME
    if output.exists():
        recorded = recorded_fingerprint(output)
        if recorded is None or recorded == fingerprint([Path(documents_dir)], Path(ontology_dir), Path(triples_dir)):
            if (problem := graph_file_problem(output)) is not None:
                raise BuildError(f"{output} {problem}; rebuild it with 'sco-kg build', "
                                 "or serve it as it is with 'sco-kg serve --trust-file'")
            return output
    print(f"{output} was built from other articles, ontology, reference data or code: rebuilding it"
          if output.exists() else f"{output} is missing: building it")
    report = build([Path(documents_dir)], Path(ontology_dir), Path(triples_dir), output)
    for error in report.errors:
        print(f"Error: {error}")
    return output
