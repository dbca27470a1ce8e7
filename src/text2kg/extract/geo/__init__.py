"""Offline place linking: which GeoNames place a document's place names mean.

The decision needs the document (the other places it names, its dateline, the country it is
about), so it is made here, in extraction; the records carry it and the graph writes it.
"""

from text2kg.extract.geo.link import link_places

__all__ = ["link_places"]
