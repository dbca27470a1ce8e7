"""The fact scorer on hand-built candidates: features, the shipped weights, proposals."""

from __future__ import annotations

import json

import numpy as np
import pytest

from tests.conftest import build_doc, run_components
from text2kg.extract.scoring.features import FactContext, document_features, fact_features
from text2kg.extract.scoring.model import Scorer, shipped_scorer


def _context() -> FactContext:
    """Dallas (in Texas, in the United States by the gazetteer), Texas, and Egypt, named in two sentences."""
    return FactContext(
        types={"dallas": "Place", "texas": "Place", "egypt": "Place", "us": "Place", "ada": "Person"},
        places={"dallas": ("city", "United States", "Texas"), "texas": ("region", "United States", ""),
                "egypt": ("country", "Egypt", ""), "us": ("country", "United States", "")},
        labels={"dallas": "Dallas", "texas": "Texas", "egypt": "Egypt", "us": "United States", "ada": "Ada Berg"},
        mentions={"ada": [(0, 0, 0)], "dallas": [(4, 0, 4)], "texas": [(6, 0, 6)], "us": [(8, 0, 8), (30, 2, 30)],
                  "egypt": [(20, 1, 20)]},
    )


def _fact(subject: str, predicate: str, obj: str, rule: str) -> dict:
    return {"subject": subject, "predicate": predicate, "object": obj, "sentence": 0, "rule": rule,
            "confidence": 0.3}


def test_the_gazetteer_agrees_or_disagrees_with_where_a_fact_puts_a_place() -> None:
    context = _context()
    assert fact_features(_fact("dallas", "country", "us", "gazetteer"), context)["gazetteer=agrees"] == 1.0
    assert fact_features(_fact("dallas", "country", "egypt", "sole-country"), context)["gazetteer=disagrees"] == 1.0
    assert fact_features(_fact("dallas", "locatedIn", "texas", "near-place"), context)["gazetteer=agrees"] == 1.0
    assert fact_features(_fact("texas", "containsPlace", "dallas", "near-place"), context)["gazetteer=agrees"] == 1.0
    assert fact_features(_fact("ada", "countryOfCitizenship", "us", "near-country"), context)["gazetteer=unknown"] == 1.0


def test_features_count_what_the_document_says_about_the_pair() -> None:
    facts = [_fact("dallas", "country", "us", "gazetteer"), _fact("dallas", "locatedIn", "us", "gazetteer"),
             _fact("dallas", "country", "egypt", "near-country")]
    near, _, far = document_features(facts, _context())
    assert near["together"] > 0 and far["together"] == 0
    assert near["shared-sentences"] > 0 and "shared-sentences" in far and far["shared-sentences"] == 0
    assert "apart=1" in far and not any(k.startswith("apart=") for k in near)
    assert near["rank=1/2"] == 1.0 and far["rank=2/2"] == 1.0  # the United States is named more often


def test_one_product_scores_a_documents_candidates_and_ignores_unseen_features() -> None:
    scorer = Scorer({"vocabulary": ["bias", "gazetteer=agrees", "gazetteer=disagrees"], "coef": [0.0, 2.0, -2.0],
                     "intercept": 0.0, "calibration": {"x": [-3.0, 3.0], "y": [0.0, 1.0]}, "threshold": 0.5})
    p = scorer.probabilities([{"bias": 1.0, "gazetteer=agrees": 1.0}, {"bias": 1.0, "gazetteer=disagrees": 1.0},
                              {"bias": 1.0, "never-seen": 5.0}])
    assert np.allclose(p, [5 / 6, 1 / 6, 0.5])
    assert scorer.probabilities([]).shape == (0,)


def test_the_shipped_weights_are_plain_numbers_that_trust_the_gazetteer() -> None:
    scorer = shipped_scorer()
    assert 0.0 < scorer.threshold < 1.0
    assert len(scorer.coef) == len(scorer.index) and np.all(np.diff(scorer.ys) >= 0)
    context = _context()
    context.types["ohio"], context.places["ohio"], context.labels["ohio"] = "Place", ("region", "United States", ""), "Ohio"
    context.mentions["ohio"] = [(10, 0, 10)]
    facts = [_fact("dallas", "locatedIn", "texas", "in-place"), _fact("dallas", "locatedIn", "ohio", "in-place")]
    right, wrong = scorer.probabilities(document_features(facts, context))
    assert right > wrong


def test_the_weights_file_is_small_json() -> None:
    from importlib.resources import files

    text = files("text2kg.extract.scoring").joinpath("weights.json").read_text(encoding="utf-8")
    assert len(text) < 5_000_000
    assert json.loads(text)["heldout"]["heldout"]["precision"] >= 70


@pytest.fixture
def relations_of(blank):
    """The relations our components find in a hand-built two-sentence doc, proposing (and scoring) as asked."""
    component = blank.get_pipe("text2kg_relations")
    before = component.score, component.propose

    def run(score: bool) -> dict:
        component.score, component.propose = score, True
        words = ["Ada", "Berg", "lives", "in", "Cairo", ",", "Egypt", ".", "She", "visited", "Dallas", "and", "France", "."]
        ents = ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
        doc = run_components(blank, build_doc(blank, words, ents=ents, sent_starts=[True] + [False] * 7 + [True] + [False] * 5))
        labels = {key: info["label"] for key, info in doc._.text2kg_entities.items()}
        return {(labels[r["subject"]], r["predicate"], labels[r["object"]]): r for r in doc._.text2kg_facts["relations"]}

    yield run
    component.score, component.propose = before


def test_proposals_pair_a_person_with_the_country_named_most_and_never_a_place_with_a_country_it_is_not_in(relations_of) -> None:
    found = relations_of(score=False)
    assert ("Ada Berg", "countryOfCitizenship", "Egypt") in found  # named with her, and most
    assert ("Ada Berg", "countryOfCitizenship", "France") not in found  # neither named most nor with her
    assert ("Dallas", "country", "Egypt") not in found  # the gazetteer puts Dallas in the United States
    assert ("Dallas", "country", "France") not in found


def test_a_scored_pipeline_writes_probabilities_and_keeps_the_proposals_it_believes(relations_of) -> None:
    found = relations_of(score=True)
    threshold = shipped_scorer().threshold
    assert all(0.0 <= r["confidence"] <= 1.0 for r in found.values())
    assert all(r["confidence"] >= threshold for r in found.values() if r["rule"].startswith("near-"))
