"""The built dataset for other tools: RDF dumps with a VoID description, tidy CSV tables, PLOVER event records."""
