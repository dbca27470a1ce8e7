"""Records to triples: IRIs, the vocabulary, and the writers of documents and facts."""
