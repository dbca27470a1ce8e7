"""Errors the graph side raises; each message is one line a user can act on."""


class StoreError(RuntimeError):
    """A store or endpoint cannot be opened, reached or written."""


class QueryError(ValueError):
    """A SPARQL query or its parameters are not valid."""
