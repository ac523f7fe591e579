"""The rules a sentence goes through (loader.extraction.extract.RULES): each reads one sentence with what the
article has said so far (loader.extraction.article) and registers the facts it finds."""
