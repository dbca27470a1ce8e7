"""Our spaCy components, each registered with ``@Language.factory`` where it is defined.

They run after a pipeline's own ``parser`` and ``ner``, in this order:
``text2kg_boilerplate``, ``text2kg_mentions``, ``text2kg_events``, ``text2kg_entities``.
"""
