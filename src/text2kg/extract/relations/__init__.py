"""Rules that find facts on the dependency parse: each module is one family of facts.

Every rule returns plain dicts shaped like the records in :mod:`text2kg.records`
(``Relation``, ``Position``, ``Quotation``), with entity keys from ``text2kg_entities``.
"""
