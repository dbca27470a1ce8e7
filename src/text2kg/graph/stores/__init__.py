"""Where triples live: stores, the remote endpoint, SPARQL, named queries, results, validation."""
