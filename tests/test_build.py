"""loader.build and `sco-kg build`: deterministic, atomic, and one bad article never stops the others."""

import os
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from loader.build import BuildError, build
from server.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


@pytest.fixture
def documents(tmp_path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    for name in ("2024-10-16_islamabad-heads-of-government.txt", "2025-03-20_beijing-secretary-general-press-conference.txt"):
        shutil.copy(DATA / "documents" / name, folder / name)
    return folder


def run_build(documents: Path, output: Path, **options):
    return build([documents], ROOT / "ontology", ROOT / "triples", output, **options)


def test_two_builds_are_byte_identical(documents, tmp_path):
    first, second = tmp_path / "a.trig", tmp_path / "b.trig"
    run_build(documents, first, engine="fast")
    run_build(documents, second, engine="fast")
    assert first.read_bytes() == second.read_bytes()
    assert b"kgg:inferred" in first.read_bytes()


def test_extraction_in_several_processes_writes_the_same_graph(documents, tmp_path):
    one, two = tmp_path / "one.trig", tmp_path / "two.trig"
    run_build(documents, one, infer=False, validate=False, jobs=1)
    run_build(documents, two, infer=False, validate=False, jobs=2)
    assert one.read_bytes() == two.read_bytes()


def test_a_build_leaves_no_thread_behind_so_the_next_one_can_fork_too(documents, tmp_path):
    before = threading.active_count()
    run_build(documents, tmp_path / "o.trig", infer=False, validate=False, jobs=2, use_cache=False)
    assert threading.active_count() == before


def test_an_article_that_breaks_extraction_in_a_worker_process_is_reported_by_name(documents, tmp_path, monkeypatch):
    import loader.build

    real = loader.build.extract_facts

    def broken(document, gazetteer):
        if "islamabad" in document.source:
            raise ValueError(f"boom in {os.getpid()}")
        return real(document, gazetteer)

    forks = threading.active_count() == 1  # the build forks only a process that runs no other thread
    monkeypatch.setattr(loader.build, "extract_facts", broken)  # forked workers inherit it
    report = run_build(documents, tmp_path / "o.trig", infer=False, validate=False, jobs=2, use_cache=False)
    assert report.articles == ["2025-03-20_beijing-secretary-general-press-conference.txt"]
    [error] = [str(e) for e in report.errors]
    assert error.startswith("2024-10-16_islamabad-heads-of-government.txt: extraction failed: ValueError: boom in ")
    assert (error.split()[-1] != str(os.getpid())) == forks


def test_a_worker_process_that_dies_costs_only_time(documents, tmp_path, monkeypatch):
    import loader.build

    real, parent, died = loader.build.extract_facts, os.getpid(), tmp_path / "died"

    def dies_in_a_worker(document, gazetteer):
        if "beijing" in document.source and os.getpid() != parent:
            died.touch()
            os._exit(1)  # as if killed: the pool breaks, and this process reads what is left
        return real(document, gazetteer)

    forks = threading.active_count() == 1  # the build forks only a process that runs no other thread
    one, two = tmp_path / "one.trig", tmp_path / "two.trig"
    run_build(documents, one, infer=False, validate=False, jobs=1, use_cache=False)
    monkeypatch.setattr(loader.build, "extract_facts", dies_in_a_worker)
    report = run_build(documents, two, infer=False, validate=False, jobs=2, use_cache=False)
    assert died.exists() == forks
    assert len(report.articles) == 2 and not report.errors
    assert one.read_bytes() == two.read_bytes()


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_entity_keeps_the_earliest_articles_label_and_later_spellings_become_alternative_labels(tmp_path, jobs):
    import pyoxigraph as ox

    folder = tmp_path / "documents"
    folder.mkdir()
    for day, spelling in (("2024-05-03", "Rah\u00edmova"), ("2024-06-04", "Rahimova")):
        (folder / f"{day}_tashkent.txt").write_text(
            f"Ministers meet in Tashkent\n\nTASHKENT -- Foreign Minister Dilnoza {spelling} of Uzbekistan chaired the "
            "meeting of the SCO Council of Foreign Ministers here.\n", encoding="utf-8")
    output = tmp_path / "o.trig"
    run_build(folder, output, infer=False, validate=False, jobs=jobs, use_cache=False)
    person = ox.NamedNode("https://w3id.org/sco-kg/resource/dilnoza_rahimova")
    names = {(quad.predicate.value.rsplit("#", 1)[-1], quad.object.value, quad.graph_name.value.rsplit("/", 1)[-1])
             for quad in ox.parse(path=str(output), format=ox.RdfFormat.TRIG) if quad.subject == person
             and quad.predicate.value.endswith(("#label", "#altLabel"))}
    assert names == {("label", "Dilnoza Rah\u00edmova", "2024-05-03_tashkent"),
                     ("label", "Dilnoza Rah\u00edmova", "2024-06-04_tashkent"),
                     ("altLabel", "Dilnoza Rahimova", "2024-06-04_tashkent")}


def test_failed_build_leaves_the_old_output(tmp_path):
    output = tmp_path / "sco-kg.trig"
    output.write_text("previous build\n")
    empty = tmp_path / "none"
    empty.mkdir()
    (empty / "broken.txt").write_bytes(b"")
    with pytest.raises(BuildError, match="broken.txt"):
        run_build(empty, output, infer=False)
    assert output.read_text() == "previous build\n"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_bad_article_is_reported_and_the_others_build(documents, tmp_path):
    (documents / "2024-01-01_broken.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    output = tmp_path / "out.trig"
    result = CliRunner().invoke(main, ["build", str(documents), "-o", str(output), "--no-infer"])
    assert result.exit_code == 1
    assert "2024-01-01_broken.txt" in result.output and "binary" in result.output
    assert b"islamabad-heads-of-government" in output.read_bytes()


def test_summary_lists_graphs_classes_and_phases(documents, tmp_path):
    result = CliRunner().invoke(main, ["build", str(documents), "-o", str(tmp_path / "o.trig"), "--no-infer"])
    assert result.exit_code == 0, result.output
    assert "Read 2 article(s)" in result.output
    for heading in ("triples", "entities", "seconds", "HeadsOfGovernmentCouncilMeeting", "extract"):
        assert heading in result.output


def test_corpus_build_has_every_graph(corpus_trig):
    text = corpus_trig.read_text()
    for graph in ("kgg:ontology", "kgg:reference", "kgg:links", "kgg:inferred",
                  "kgg:article\\/2023-10-27_bishkek-heads-of-government_xinhua"):
        assert f"\n{graph} {{" in text, graph


def test_article_without_facts_is_warned_about(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "2024-01-01_weather.txt").write_text("Sunny weather is expected across the region this weekend, forecasters said.")
    report = run_build(folder, tmp_path / "o.trig", infer=False, validate=False)
    assert report.warnings and "2024-01-01_weather.txt" in report.warnings[0]


def test_an_article_read_in_part_is_warned_about_by_name(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "2024-07-04_long.txt").write_text("The SCO summit was held in Astana. " + "and then " * 400 + "end.")
    report = run_build(folder, tmp_path / "o.trig", infer=False, validate=False)
    assert any(w.startswith("2024-07-04_long.txt: 1 sentence(s) longer than") for w in report.warnings), report.warnings
    assert report.articles == ["2024-07-04_long.txt"]


def test_ensure_built_builds_once_and_rebuilds_on_change(tmp_path, documents):
    from loader.build import ensure_built, recorded_fingerprint

    triples = tmp_path / "triples"
    shutil.copytree(ROOT / "triples" / "reference", triples / "reference")
    shutil.copy(ROOT / "triples" / "links.ttl", triples / "links.ttl")
    output = ensure_built(documents, triples, ROOT / "ontology")
    stamp, built = recorded_fingerprint(output), output.stat().st_mtime_ns
    assert stamp and ensure_built(documents, triples, ROOT / "ontology").stat().st_mtime_ns == built
    (documents / "2024-10-16_islamabad-heads-of-government.txt").write_text("The SCO summit opened in Astana.")
    ensure_built(documents, triples, ROOT / "ontology")
    assert recorded_fingerprint(output) != stamp


def test_output_is_readable_by_others(documents, tmp_path):
    output = tmp_path / "o.trig"
    run_build(documents, output, infer=False, validate=False)
    assert output.stat().st_mode & 0o044 == 0o044


def _conflicting_articles(folder: Path) -> Path:
    """Two articles that give one person different states at the same meeting: the shapes reject that."""
    folder.mkdir()
    for day, state in ((3, "Kazakhstan"), (4, "Kyrgyzstan")):
        (folder / f"2025-06-0{day}_astana-{state.lower()}.txt").write_text(
            f"ASTANA, June {day} (Xinhua) -- The 24th meeting of the SCO Council of Heads of Government was held in "
            f"Astana on Tuesday. Prime Minister Ivan Petrov of {state} attended the meeting.\n", encoding="utf-8")
    return folder


def test_a_graph_that_breaks_the_shapes_is_not_written(tmp_path):
    output = tmp_path / "out.trig"
    with pytest.raises(BuildError, match="not well formed") as failure:
        run_build(_conflicting_articles(tmp_path / "documents"), output, infer=False)
    assert "Violation: res:participation/" in str(failure.value) and "ivan_petrov" in str(failure.value)
    assert not output.exists()


def test_a_long_list_of_problems_is_cut_short_with_a_count(tmp_path, monkeypatch):
    from loader.reasoning import validate

    problems = "\n".join(f"Violation: res:x{i} sco:p: broken" for i in range(100))
    monkeypatch.setattr(validate, "validate", lambda dataset, **given: validate.Report(False, problems))
    with pytest.raises(BuildError) as failure:
        run_build(_conflicting_articles(tmp_path / "documents"), tmp_path / "out.trig", infer=False)
    message = str(failure.value)
    assert "res:x39 " in message and "res:x40 " not in message
    assert "... and 60 more" in message and "sco-kg validate --trig" in message


def test_hostile_entries_never_crash_the_build_or_its_fingerprint(documents, tmp_path):
    import os

    from loader.build import fingerprint

    (documents / "gone.txt").symlink_to(documents / "missing")
    (documents / "loop.txt").symlink_to(documents / "loop.txt")
    (documents / "folder.txt").mkdir()
    (documents / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(documents / "pipe.txt")
    (documents / os.fsdecode(b"caf\xe9.txt")).write_text("The SCO summit opened in Astana today.")
    assert fingerprint([documents], ROOT / "ontology", ROOT / "triples")
    output = tmp_path / "out.trig"
    result = CliRunner().invoke(main, ["build", str(documents), "-o", str(output), "--no-infer", "--no-validate"])
    assert result.exit_code == 1, result.output
    for name in ("gone.txt", "loop.txt", "folder.txt", "zero.txt", "pipe.txt", "caf\ufffd.txt"):
        assert f"Error: {name}: " in result.output
    assert b"islamabad-heads-of-government" in output.read_bytes()


@pytest.fixture
def built(documents, tmp_path) -> Path:
    """A TRIPLES_DIR holding a graph built from documents."""
    from loader.build import ensure_built

    triples = tmp_path / "triples"
    shutil.copytree(ROOT / "triples" / "reference", triples / "reference")
    shutil.copy(ROOT / "triples" / "links.ttl", triples / "links.ttl")
    return ensure_built(documents, triples, ROOT / "ontology").parent


def _cut_at_a_graph_boundary(data: bytes) -> bytes:
    return data[:data.index(b"\n}\n") + 3]


@pytest.mark.parametrize(("damage", "reason"), [
    (lambda data: b"", "is empty"),
    (lambda data: data.split(b"\n", 1)[0] + b"\n", "truncated"),
    (_cut_at_a_graph_boundary, "truncated"),
    (lambda data: data.split(b"\n", 1)[1], "not built by sco-kg"),
    (lambda data: data.replace(b"Islamabad", b"Islamabat", 1), "edited"),
], ids=["empty", "header-only", "cut-at-a-graph", "foreign", "edited"])
def test_serve_refuses_a_damaged_graph_by_name_unless_trusted(built, documents, monkeypatch, damage, reason):
    from server.commands import serve_command

    trig = built / "sco-kg.trig"
    trig.write_bytes(damage(trig.read_bytes()))
    options = ["--triples-dir", str(built), "--documents-dir", str(documents), "--ontology-dir",
               str(ROOT / "ontology"), "--workers", "1"]
    result = CliRunner().invoke(serve_command, options)
    assert result.exit_code == 1
    assert str(trig) in result.output and reason in result.output and "--trust-file" in result.output
    served = []
    monkeypatch.setattr("server.commands.create_app", lambda config: served.append(config) or 1 / 0)
    CliRunner().invoke(serve_command, [*options, "--trust-file"])
    assert served, "--trust-file serves the file as it is"


def test_serve_rebuilds_a_graph_built_from_other_articles(built, documents, monkeypatch):
    from loader.build import recorded_fingerprint
    from server.commands import serve_command

    trig = built / "sco-kg.trig"
    before = recorded_fingerprint(trig)
    (documents / "2025-03-20_beijing-secretary-general-press-conference.txt").unlink()
    monkeypatch.setattr("server.commands.create_app", lambda config: 1 / 0)  # stop after the graph is ready
    CliRunner().invoke(serve_command, ["--triples-dir", str(built), "--documents-dir", str(documents),
                                       "--ontology-dir", str(ROOT / "ontology")])
    assert recorded_fingerprint(trig) != before
    assert b"beijing-secretary-general" not in trig.read_bytes()


@pytest.mark.parametrize("where", ["output-folder-is-a-file", "disk-full"])
def test_build_io_errors_are_one_line_and_keep_the_old_graph(documents, tmp_path, monkeypatch, where):
    import errno
    import os

    if where == "disk-full":
        output = tmp_path / "sco-kg.trig"

        def full(fd):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr("loader.build.os.fsync", full)
    else:
        (tmp_path / "file").write_text("")
        output = tmp_path / "file" / "sco-kg.trig"
    result = CliRunner().invoke(main, ["build", str(documents), "-o", str(output), "--no-infer", "--no-validate"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot write "), result.output
    assert "Traceback" not in result.output and not output.exists()


def test_an_article_that_breaks_extraction_is_reported_and_the_others_build(documents, tmp_path, monkeypatch):
    from loader import build as build_module

    real = build_module.extract_facts

    def breaks_on_one(document, gazetteer):
        if document.source.startswith("2025-03-20"):
            raise AttributeError("'NoneType' object has no attribute 'year'")
        return real(document, gazetteer)

    monkeypatch.setattr(build_module, "extract_facts", breaks_on_one)
    report = run_build(documents, tmp_path / "o.trig", infer=False, validate=False, use_cache=False)
    assert [error.path for error in report.errors] == ["2025-03-20_beijing-secretary-general-press-conference.txt"]
    assert "AttributeError" in report.errors[0].reason
    assert report.articles == ["2024-10-16_islamabad-heads-of-government.txt"]
