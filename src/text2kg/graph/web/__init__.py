"""The web: the browser page and the SPARQL server."""
