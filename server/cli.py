"""The `sco-kg` command: build, serve, query, explain, validate, evaluate, export."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path

import click
from tabulate import tabulate

from server.commands import query_command, serve_command

ROOT = Path(__file__).resolve().parent.parent


def _default(name: str, relative: str) -> Path:
    return Path(os.environ.get(f"SCO_KG_{name}", ROOT / relative))


def _generated_at() -> datetime | None:
    """Build time for provenance: SOURCE_DATE_EPOCH when set (reproducible builds), else none recorded."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """sco-kg: a knowledge graph of SCO meetings, built from news articles and served over SPARQL."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--ontology-dir", type=click.Path(path_type=Path), default=lambda: _default("ONTOLOGY_DIR", "ontology"),
              show_default="ontology/", help="Directory holding sco.ttl.")
@click.option("--triples-dir", type=click.Path(path_type=Path), default=lambda: _default("TRIPLES_DIR", "triples"),
              show_default="triples/", help="Directory holding reference/ and links.ttl; the output goes here.")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Output TriG file [default: TRIPLES_DIR/sco-kg.trig].")
@click.option("--no-infer", is_flag=True, help="Skip OWL 2 RL inference (no kgg:inferred graph).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL and consistency check.")
@click.option("--engine", type=click.Choice(["owlrl", "fast"]), default="fast", show_default=True,
              help="OWL 2 RL engine: sco-kg's forward chainer (fast, the one that scales) or owlrl (the reference).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes that extract articles at once; 0: one per CPU.")
@click.option("--no-cache", is_flag=True, help="Extract every article again (the cache in TRIPLES_DIR/.cache keeps the "
                                               "graphs of unchanged articles).")
def build(paths, ontology_dir, triples_dir, output, no_infer, no_validate, engine, jobs, no_cache) -> None:
    """Build triples/sco-kg.trig from the articles in PATHS (default: documents/)."""
    from loader.build import BuildError, build as run_build

    paths = list(paths) or [_default("DOCUMENTS_DIR", "documents")]
    try:
        report = run_build(paths, ontology_dir, triples_dir, output, infer=not no_infer,
                           validate=not no_validate, generated=_generated_at(), engine=engine,
                           jobs=jobs or os.cpu_count() or 1, use_cache=not no_cache)
    except BuildError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"Read {len(report.articles)} article(s) ({report.cached} unchanged, from the cache); "
               f"wrote {report.output}")
    click.echo(tabulate(sorted(report.triples.items()), headers=["graph", "triples"]))
    click.echo(tabulate(sorted(report.entities.items()), headers=["class", "entities"]))
    click.echo(tabulate([(k, f"{v:.2f}") for k, v in report.seconds.items()], headers=["phase", "seconds"]))
    if report.validation:
        click.echo(report.validation, err=True)  # warnings of the shapes; violations would have stopped the build
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    if report.errors:
        sys.exit(1)


@main.command()
@click.option("--documents", "documents_dir", type=click.Path(exists=True, path_type=Path),
              default=lambda: _default("DOCUMENTS_DIR", "documents"), show_default="documents/")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, path_type=Path), default=ROOT / "tests" / "gold",
              show_default="tests/gold/")
@click.option("--triples-dir", type=click.Path(path_type=Path), default=lambda: _default("TRIPLES_DIR", "triples"),
              show_default="triples/")
@click.option("--details", is_flag=True, help="List the missing and unexpected facts per article.")
def evaluate(documents_dir, gold_dir, triples_dir, details) -> None:
    """Precision, recall and F1 of extraction against the gold standard, per kind of fact."""
    from loader.evaluate import NothingToScore, evaluate as run_evaluation
    from loader.extraction.gazetteer import load_gazetteer

    try:
        result = run_evaluation(documents_dir, gold_dir, load_gazetteer(triples_dir / "reference"))
    except NothingToScore as err:
        raise click.ClickException(str(err)) from err

    def row(name, s):
        return (name, s.tp, s.fp, s.fn, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")

    headers = ["kind", "tp", "fp", "fn", "precision", "recall", "F1"]
    rows = [row(kind, s) for kind, s in result.per_kind.items() if s.tp + s.fp + s.fn]
    click.echo(tabulate([*rows, row("overall", result.overall)], headers=headers))
    click.echo()
    click.echo(tabulate([row(article, s) for article, s in sorted(result.per_article.items())],
                        headers=["article", *headers[1:]]))
    for article, error in sorted(result.failed.items()):
        click.echo(f"extraction failed on {article} (scored as finding nothing): {error}", err=True)
    if details:
        for article in sorted(result.missing):
            click.echo(f"\n== {article}")
            for fact in sorted(result.missing[article]):
                click.echo("  missing     " + "\t".join(fact))
            for fact in sorted(result.unexpected[article]):
                click.echo("  unexpected  " + "\t".join(fact))


@main.command()
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
@click.option("--trig", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=lambda: _default("TRIPLES_DIR", "triples") / "sco-kg.trig", show_default="triples/sco-kg.trig",
              help="The built graph.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
def explain(subject, predicate, object, trig, as_json) -> None:
    """Why does SUBJECT PREDICATE OBJECT hold? Full IRIs, prefixed names (res:li_qiang) or literals ("22"^^xsd:integer).

    Prints the OWL 2 RL rule and premises of an inferred triple, recursively, down to the articles
    (and sentences) that assert them.
    """
    import json

    from loader.rdf.dataset import load_dataset
    from loader.reasoning.explain import explain as run_explain, parse_term, render_explanation

    try:
        terms = [parse_term(text) for text in (subject, predicate, object)]
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    result = run_explain(load_dataset(trig), *terms)
    click.echo(json.dumps(result, indent=2) if as_json else render_explanation(result))
    if not result.get("holds", True):
        sys.exit(1)


@main.command()
@click.option("--trig", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=lambda: _default("TRIPLES_DIR", "triples") / "sco-kg.trig", show_default="triples/sco-kg.trig",
              help="The built graph.")
def validate(trig) -> None:
    """Check the built graph against ontology/shapes.ttl (SHACL) and for OWL 2 RL inconsistencies."""
    from loader.rdf.dataset import load_dataset
    from loader.reasoning.validate import validate as run_validate

    report = run_validate(load_dataset(trig))
    click.echo(report.text or "The graph conforms to the shapes and is consistent.")
    if not report.conforms:
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads", "turtle", "nt", "jsonld", "csv", "plover"]),
              default="trig", show_default=True,
              help="An RDF format (the quad formats keep the named graphs), csv (one table per kind of fact) or plover "
                   "(PLOVER event records as JSON Lines).")
@click.option("--graph", help="Export only this named graph (an IRI, or kgg:... ); RDF formats only.")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="File to write [default: standard output]; for csv, the folder of the tables [default: export/].")
@click.option("--trig", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=lambda: _default("TRIPLES_DIR", "triples") / "sco-kg.trig", show_default="triples/sco-kg.trig",
              help="The built graph.")
def export(fmt, graph, output, trig) -> None:
    """Write the built dataset for other tools: RDF for another store (with its VoID description), tidy CSV
    tables for pandas and R, or PLOVER event records."""
    from loader.export.dump import export_rdf
    from loader.rdf.terms import parse_term

    if graph and fmt in ("csv", "plover"):
        raise click.UsageError("--graph applies to the RDF formats only")
    if fmt == "csv":
        from loader.export.tables import export_tables
        from loader.rdf.dataset import load_store

        folder = output or Path("export")
        counts = export_tables(load_store(trig), folder)
        click.echo(tabulate(sorted(counts.items()), headers=[f"table in {folder}/", "rows"]), err=True)
        return
    from contextlib import nullcontext

    partial = output.with_name(output.name + ".partial") if output else None  # renamed once complete
    try:
        with open(partial, "wb") if partial else nullcontext(click.get_binary_stream("stdout")) as out:
            if fmt == "plover":
                from loader.export.plover import export_plover
                from loader.rdf.dataset import load_store

                count = export_plover(load_store(trig), out)
            else:
                count = export_rdf(trig, out, fmt, str(parse_term(graph)) if graph else None)
    except BaseException as err:
        if partial:
            partial.unlink(missing_ok=True)  # nothing half-written is left behind
        if isinstance(err, ValueError):  # ExportError too: an unknown graph, a malformed IRI
            raise click.ClickException(str(err)) from err
        raise
    if partial:
        partial.replace(output)
    click.echo(f"wrote {count} {'records' if fmt == 'plover' else 'statements'}"
               + (f" to {output}" if output else ""), err=True)


@main.command()
@click.argument("store_url")
@click.option("--trig", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=lambda: _default("TRIPLES_DIR", "triples") / "sco-kg.trig", show_default="triples/sco-kg.trig",
              help="The built graph.")
@click.option("--no-merge", is_flag=True, help="Leave out kgg:merged, the merge of the graphs that `serve --backend` "
                                               "needs as its default graph (it doubles what the store holds).")
def push(store_url, trig, no_merge) -> None:
    """Load the built dataset into the triple store at STORE_URL (its SPARQL 1.1 Graph Store Protocol address),
    graph by graph, each PUT replacing that graph atomically."""
    from loader.export.push import PushError, push as run_push

    try:
        count = run_push(trig, store_url, lambda graph, triples: click.echo(f"{triples:>9,}  {graph}", err=True),
                         merged=not no_merge)
    except PushError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"pushed {count} graphs to {store_url}", err=True)


main.add_command(serve_command)
main.add_command(query_command)
