"""Successions (``successions``) on hand-built parses: "X succeeds Y", "She succeeds Y", "X took
over from Y" and "Y was succeeded by X" give Y the post X was given, as a former post."""

from __future__ import annotations

import pytest

from tests.extract.relations.handbuilt import posts_held, tagged

RUTH, IVO, LENA = ("Person", "Ruth Okafor"), ("Person", "Ivo Marek"), ("Person", "Lena Dahl")
BANK = ("Organization", "Halvard Bank")
#: "Ruth Okafor was named Chief Executive of Halvard Bank on Monday ." (12 tokens), then a second sentence.
NAMED = ("Ruth Okafor was named Chief Executive of Halvard Bank on Monday .", [1, 3, 3, 3, 5, 3, 5, 8, 6, 3, 9, 3],
         "compound nsubjpass auxpass ROOT compound oprd prep compound pobj prep pobj punct",
         "PROPN PROPN AUX VERB PROPN PROPN ADP PROPN PROPN ADP PROPN PUNCT", {2: "be", 3: "name"})


def _story(words: str, heads: list[int], deps: str, pos: str, lemmas: dict[int, str]):
    """The sentence that names Ruth Okafor chief executive, then ``words`` (heads from 0)."""
    first_words, first_heads, first_deps, first_pos, first_lemmas = NAMED
    n = len(first_heads)
    return tagged(f"{first_words} {words}", first_heads + [h + n for h in heads], f"{first_deps} {deps}",
                  f"{first_pos} {pos}", {**first_lemmas, **{i + n: v for i, v in lemmas.items()}})


FORMER = ("Ivo Marek", "chief executive", "Halvard Bank", "former", "succession")


def test_x_succeeds_y_gives_y_the_post_x_holds_as_a_former_one() -> None:
    doc = tagged("Halvard Bank named Ivo Marek its new chief executive on Monday . Marek succeeds Lena Dahl , who "
                 "stepped down in March .",
                 [1, 2, 2, 4, 2, 8, 8, 8, 2, 2, 9, 2, 13, 13, 15, 13, 15, 18, 15, 18, 18, 20, 13],
                 "compound nsubj ROOT compound dobj poss amod amod oprd prep pobj punct nsubj ROOT compound dobj punct "
                 "nsubj relcl advmod prep pobj punct",
                 "PROPN PROPN VERB PROPN PROPN PRON ADJ ADJ NOUN ADP PROPN PUNCT PROPN VERB PROPN PROPN PUNCT PRON VERB "
                 "ADV ADP PROPN PUNCT", {2: "name", 13: "succeed", 18: "step"})
    found = posts_held(doc, BANK, IVO, (*IVO, "Marek"), LENA, ("Date", "Monday"), ("Date", "March"))
    assert found == {("Ivo Marek", "chief executive", "Halvard Bank", "new"),
                     ("Lena Dahl", "chief executive", "Halvard Bank", "former")}


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "lemmas"),
    [
        ("She succeeds Ivo Marek .", [1, 1, 3, 1, 1], "nsubj ROOT compound dobj punct", "PRON VERB PROPN PROPN PUNCT",
         {1: "succeed"}),
        ("She took over from Ivo Marek , who retired .", [1, 1, 1, 1, 5, 3, 5, 8, 5, 1],
         "nsubj ROOT prt prep compound pobj punct nsubj relcl punct",
         "PRON VERB ADP ADP PROPN PROPN PUNCT PRON VERB PUNCT", {1: "take", 8: "retire"}),
        ("Ivo Marek was succeeded by Ruth Okafor after a vote .", [1, 3, 3, 3, 3, 6, 4, 3, 9, 7, 3],
         "compound nsubjpass auxpass ROOT agent compound pobj prep det pobj punct",
         "PROPN PROPN AUX VERB ADP PROPN PROPN ADP DET NOUN PUNCT", {2: "be", 3: "succeed"}),
    ],
)
def test_she_succeeds_took_over_from_and_was_succeeded_by(words, heads, deps, pos, lemmas) -> None:
    doc = _story(words, heads, deps, pos, lemmas)
    found = posts_held(doc, RUTH, BANK, IVO, ("Date", "Monday"), fields=("qualifier", "rule"))
    assert FORMER in found


def test_a_post_given_to_the_successor_after_the_succession_is_not_the_predecessors() -> None:
    doc = tagged("Ruth Okafor succeeds Ivo Marek . Okafor was later named chair of the Halvard Trust .",
                 [1, 2, 2, 4, 2, 2, 9, 9, 9, 9, 9, 10, 14, 14, 11, 9],
                 "compound nsubj ROOT compound dobj punct nsubjpass auxpass advmod ROOT oprd prep det compound pobj punct",
                 "PROPN PROPN VERB PROPN PROPN PUNCT PROPN AUX ADV VERB NOUN ADP DET PROPN PROPN PUNCT",
                 {2: "succeed", 7: "be", 9: "name"})
    found = posts_held(doc, RUTH, (*RUTH, "Okafor"), IVO, ("Organization", "Halvard Trust"))
    assert found == {("Ruth Okafor", "chair", "Halvard Trust", None)}
