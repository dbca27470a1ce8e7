"""``text2kg_relations``: typed facts with their evidence, on the parse and our entities.

Runs after ``text2kg_entities`` and sets ``doc._.text2kg_facts`` to
``{"relations": [...], "positions": [...], "quotations": [...]}``: plain dicts shaped like
:class:`~text2kg.records.Relation`, :class:`~text2kg.records.Position` and
:class:`~text2kg.records.Quotation`, with entity keys from ``doc._.text2kg_entities``.
The rules live in :mod:`text2kg.extract.relations`, one module per family of facts.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from text2kg.extract.extensions import register_extensions
from text2kg.extract.lexicon import places, words
from text2kg.extract.relations.closure import close_relations
from text2kg.extract.relations.events import find_event_facts
from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.membership import find_memberships
from text2kg.extract.relations.people import find_people_facts
from text2kg.extract.relations.places import find_place_facts
from text2kg.extract.relations.positions import find_positions
from text2kg.extract.relations.proposals import propose_relations
from text2kg.extract.relations.quotes import find_quotations
from text2kg.extract.scoring import SCORE_BY_DEFAULT, score_relations


class Relations:
    def __init__(self, posts: frozenset[str], honorifics: frozenset[str], gazetteer: dict, score: bool = False) -> None:
        register_extensions()
        self.score = score
        self.propose = score  # generous candidates only for a scorer to judge (training sets it alone)
        self.posts = posts
        self.honorifics = honorifics
        self.places = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        index = MentionIndex(doc)
        positions = find_positions(doc, index, self.posts, self.honorifics)
        relations = (
            find_memberships(doc, index, positions) + find_event_facts(doc, index)
            + find_place_facts(doc, index, self.places) + find_people_facts(doc, index, self.places)
        )
        types = {key: info["type"] for key, info in index.table.items()}
        relations = close_relations(relations, types)
        if self.propose:
            relations += propose_relations(index, self.places, relations)
        if self.score:
            relations = score_relations(doc, index, relations, self.places, proposed=self.propose)
        doc._.text2kg_facts = {
            "relations": relations,
            "positions": positions,
            "quotations": find_quotations(doc, index),
        }
        return doc


@Language.factory(
    "text2kg_relations",
    requires=["doc.spans", "token.dep", "doc._.text2kg_entities"],
    assigns=["doc._.text2kg_facts"],
    default_config={"score": SCORE_BY_DEFAULT},
)
def make_relations(nlp: Language, name: str, score: bool) -> Relations:
    """``score``: replace each relation's rule constant with the trained scorer's probability."""
    return Relations(words("posts"), words("honorifics"), places(), score)
