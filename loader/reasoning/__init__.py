"""Step 4: OWL 2 RL inference into its own graph, explanations of inferred triples, and validation."""
