"""Step 3: ArticleFacts -> one named graph per article with provenance; the dataset around them."""
