"""Our factories declare what they assign and require, so spaCy checks the pipeline's order."""

from __future__ import annotations

import pytest
import spacy

from text2kg.extract.model import COMPONENTS


def _problems(nlp: spacy.Language) -> dict[str, list[str]]:
    return {name: found for name, found in nlp.analyze_pipes(pretty=False)["problems"].items() if found}


@pytest.mark.model
def test_the_default_pipeline_has_no_problems(nlp) -> None:
    assert _problems(nlp) == {}


def test_each_component_says_what_it_reads_from_the_ones_before() -> None:
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    # no tagger, parser, lemmatizer or ner: only what those would have given is missing
    assert _problems(nlp) == {
        "text2kg_mentions": ["doc.ents", "token.tag", "token.dep", "token.lemma"],
        "text2kg_events": ["doc.ents", "token.dep", "token.lemma", "token.tag", "token.ent_type"],
        "text2kg_entities": ["token.dep", "token.lemma"],
        "text2kg_relations": ["token.dep"],
    }


def test_relations_before_entities_is_reported() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("text2kg_relations")
    for name in COMPONENTS[:-1]:
        nlp.add_pipe(name)
    problems = _problems(nlp)["text2kg_relations"]
    assert "doc._.text2kg_entities" in problems and "doc.spans" in problems
