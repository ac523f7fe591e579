"""Benchmark: spaCy's rule tools as the engine of name matching, against sco-kg's own gazetteer matcher.

Run on demand (needs the bench extra: pip install -e '.[bench]'): .venv/bin/python bench/bench_spacy.py
Both find every reference name (label or alias) in every sentence of the article sets: sco-kg with
`Gazetteer.find_names` (a token-keyed longest match over folded text), spaCy with a blank English
pipeline and a `PhraseMatcher` over the same names. It prints the time per article of each, and how far
their matches agree, so that the choice of engine rests on a measurement.
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ["documents", "tests/data/documents", "tests/dev/documents", "tests/heldout/documents", "tests/realistic/dev/documents"]


def main() -> None:
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.util import filter_spans

    from loader.extraction.gazetteer import load_gazetteer
    from loader.reading.documents import find_documents, read_documents
    from loader.reading.sentences import sentences

    gazetteer = load_gazetteer(ROOT / "triples" / "reference")
    documents, _ = read_documents(find_documents([ROOT / s for s in SETS]))
    texts = [[s.text for s in sentences(d)] for d in documents]
    print(f"{len(documents)} articles, {sum(map(len, texts))} sentences, {len(gazetteer.names)} reference names")

    start = time.perf_counter()
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("NAME", list(nlp.tokenizer.pipe(gazetteer.names)))
    setup = time.perf_counter() - start

    def ours() -> list[set]:
        gazetteer.cache.pop("first_tokens", None)
        return [{(a, b) for sentence in doc for a, b, _ in gazetteer.find_names(sentence)} for doc in texts]

    def theirs() -> list[set]:
        found = []
        for doc in texts:
            spans = set()
            for parsed in nlp.tokenizer.pipe(doc):
                matches = [parsed[a:b] for _, a, b in matcher(parsed)]
                spans |= {(span.start_char, span.end_char) for span in filter_spans(matches)}
            found.append(spans)
        return found

    results = {}
    for name, run in (("sco-kg Gazetteer.find_names", ours), ("spaCy blank('en') + PhraseMatcher", theirs)):
        best = None
        for _ in range(3):
            start = time.perf_counter()
            results[name] = run()
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        print(f"{name:36} {1000 * best / len(documents):7.2f} ms/article (best of 3)")
    print(f"spaCy set-up (blank pipeline, {len(gazetteer.names)} patterns): {setup:.2f} s")
    a, b = results.values()
    same = sum(len(x & y) for x, y in zip(a, b))
    only_ours = sum(len(x - y) for x, y in zip(a, b))
    only_theirs = sum(len(y - x) for x, y in zip(a, b))
    print(f"matches in both: {same}; only sco-kg: {only_ours}; only spaCy: {only_theirs} "
          f"(offsets differ on names glued to punctuation and on possessives, which spaCy tokenizes apart)")


if __name__ == "__main__":
    main()
