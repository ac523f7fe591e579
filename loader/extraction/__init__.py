"""Step 2: Document -> ArticleFacts (loader.facts). Pure: the text and a gazetteer in, plain facts out; no I/O, no rdflib."""
