"""Step 4: OWL 2 RL inference into its own graph, explanations of inferred triples, and validation."""

ENGINES = ("owlrl", "fast")
DEFAULT_ENGINE = "fast"  # the one that scales (bench/bench_inference.py); owlrl stays the reference the tests compare
