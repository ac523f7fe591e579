"""sco-kg loader: documents -> extracted facts -> RDF with provenance -> inference -> dataset."""
