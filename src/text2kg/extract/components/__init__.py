"""Our spaCy components, each registered with ``@Language.factory`` where it is defined.

``text2kg_paragraphs`` runs before the pipeline's own ``parser`` (a blank line ends a
sentence); the others after its ``parser`` and ``ner``, in this order: ``text2kg_boilerplate``,
``text2kg_mentions``, ``text2kg_events``, ``text2kg_entities``, ``text2kg_relations``. Each
declares what it assigns and requires, so ``nlp.analyze_pipes()`` checks the order.
"""
