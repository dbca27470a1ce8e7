"""The title grammar and its owners (``post_titles``, ``post_owners``, ``post_lexicon``) on
hand-built parses: a title before or after a name gives the post, and the organisation or
country the title names owns it."""

from __future__ import annotations

from tests.extract.relations.handbuilt import posts_held, tagged
from text2kg.extract.lexicon import words
from text2kg.extract.relations.post_lexicon import Title, lexicon

LENA, RUTH, PAVEL, IVO = ("Person", "Lena Dahl"), ("Person", "Ruth Okafor"), ("Person", "Pavel Lind"), ("Person", "Ivo Marek")
NORWAY, BANK = ("Place", "Norway"), ("Organization", "Halvard Bank")


def test_a_title_before_a_name_gives_its_post_with_the_portfolio() -> None:
    doc = tagged("Secretary of State Lena Dahl arrived .", [4, 0, 1, 4, 5, 5, 5],
                 "nmod prep pobj compound nsubj ROOT punct", "PROPN ADP PROPN PROPN PROPN VERB PUNCT", {5: "arrive"})
    assert posts_held(doc, LENA) == {("Lena Dahl", "secretary of state", None, None)}


def test_an_apposition_title_gives_the_post_and_the_country_after_of() -> None:
    doc = tagged("Ivo Marek , Minister of Foreign Affairs of Norway , said the talks had failed .",
                 [1, 10, 1, 1, 3, 6, 4, 6, 7, 1, 10, 12, 14, 14, 10, 10],
                 "compound nsubj punct appos prep compound pobj prep pobj punct ROOT det nsubj aux ccomp punct",
                 "PROPN PROPN PUNCT PROPN ADP PROPN PROPN ADP PROPN PUNCT VERB DET NOUN AUX VERB PUNCT",
                 {10: "say", 13: "have", 14: "fail"})
    assert posts_held(doc, IVO, NORWAY) == {("Ivo Marek", "foreign minister", "Norway", None)}


def test_an_apposition_title_with_at_names_the_organisation() -> None:
    doc = tagged("Ruth Okafor , chief executive at Halvard Bank , said the plan was sound .",
                 [1, 9, 1, 4, 1, 4, 7, 5, 1, 9, 11, 12, 9, 12, 9],
                 "compound nsubj punct amod appos prep compound pobj punct ROOT det nsubj ccomp acomp punct",
                 "PROPN PROPN PUNCT ADJ NOUN ADP PROPN PROPN PUNCT VERB DET NOUN AUX ADJ PUNCT", {9: "say", 12: "be"})
    assert posts_held(doc, RUTH, BANK) == {("Ruth Okafor", "chief executive", "Halvard Bank", None)}


def test_an_organisation_in_front_of_the_post_owns_it() -> None:
    doc = tagged("Halvard Bank chief executive Ruth Okafor resigned .", [1, 3, 3, 5, 5, 6, 6, 6],
                 "compound compound amod compound compound nsubj ROOT punct",
                 "PROPN PROPN NOUN NOUN PROPN PROPN VERB PUNCT", {6: "resign"})
    assert posts_held(doc, BANK, RUTH) == {("Ruth Okafor", "chief executive", "Halvard Bank", None)}


def test_a_possessive_country_owns_the_post_after_it() -> None:
    doc = tagged("Norway 's finance minister Pavel Lind spoke .", [3, 0, 3, 5, 5, 6, 6, 6],
                 "poss case compound compound compound nsubj ROOT punct",
                 "PROPN PART NOUN NOUN PROPN PROPN VERB PUNCT", {6: "speak"})
    assert posts_held(doc, NORWAY, PAVEL) == {("Pavel Lind", "finance minister", "Norway", None)}


def test_a_demonym_before_the_post_names_the_country_the_story_names() -> None:
    doc = tagged("The Norwegian defence minister , Lena Dahl , left Norway on Monday .",
                 [3, 3, 3, 8, 3, 6, 3, 3, 8, 8, 8, 10, 8],
                 "det amod compound nsubj punct compound appos punct ROOT dobj prep pobj punct",
                 "DET ADJ NOUN NOUN PUNCT PROPN PROPN PUNCT VERB PROPN ADP PROPN PUNCT", {8: "leave"})
    assert posts_held(doc, LENA, NORWAY) == {("Lena Dahl", "defence minister", "Norway", None)}


def test_a_hyphenated_demonym_and_an_occupation_are_no_post() -> None:
    doc = tagged("Lena Dahl , a Norwegian - American economist , spoke .", [1, 9, 1, 7, 6, 6, 7, 1, 1, 9, 9],
                 "compound nsubj punct det amod punct amod appos punct ROOT punct",
                 "PROPN PROPN PUNCT DET ADJ PUNCT ADJ NOUN PUNCT VERB PUNCT", {9: "speak"}, glued=(4, 5))
    assert posts_held(doc, LENA, ("Place", "Norway", "Norwegian")) == set()


def test_a_name_after_for_takes_the_inner_title_not_the_outer_one() -> None:
    doc = tagged("Spokesperson for UN Secretary - General Lena Dahl said the talks would go on .",
                 [8, 0, 5, 5, 5, 7, 7, 1, 8, 10, 12, 12, 8, 12, 8],
                 "nsubj prep compound compound punct compound compound pobj ROOT det nsubj aux ccomp prt punct",
                 "NOUN ADP PROPN PROPN PUNCT PROPN PROPN PROPN VERB DET NOUN AUX VERB ADP PUNCT",
                 {8: "say", 10: "talk"}, glued=(3, 4))
    assert posts_held(doc, ("Organization", "UN"), LENA) == {("Lena Dahl", "secretary-general", "UN", None)}


def test_a_title_naming_its_body_by_one_word_takes_the_body_the_story_names() -> None:
    doc = tagged("The Halvard Supervisory Board met . Board Chairman Pavel Lind opened the meeting .",
                 [3, 3, 3, 4, 4, 4, 7, 9, 9, 10, 10, 12, 10, 10],
                 "det compound compound nsubj ROOT punct compound compound compound nsubj ROOT det dobj punct",
                 "DET PROPN PROPN PROPN VERB PUNCT PROPN PROPN PROPN PROPN VERB DET NOUN PUNCT",
                 {4: "meet", 10: "open"})
    board = ("Organization", "Halvard Supervisory Board")
    assert posts_held(doc, board, PAVEL) == {("Pavel Lind", "chairman", "Halvard Supervisory Board", None)}


def test_a_title_that_runs_into_another_name_is_that_names_not_the_one_before_the_comma() -> None:
    doc = tagged("Lena Dahl , chairman Ivo Marek and Ruth Okafor spoke .", [1, 9, 1, 5, 5, 1, 5, 8, 5, 9, 9],
                 "compound nsubj punct compound compound appos cc compound conj ROOT punct",
                 "PROPN PROPN PUNCT NOUN PROPN PROPN CCONJ PROPN PROPN VERB PUNCT", {9: "speak"})
    assert posts_held(doc, LENA, IVO, RUTH) == {("Ivo Marek", "chairman", None, None)}


def test_a_bracket_between_the_name_and_its_title_is_skipped() -> None:
    doc = tagged("Ivo Marek ( R - OH ) , chairman of the Senate Finance Committee , spoke .",
                 [1, 15, 1, 5, 5, 1, 1, 1, 1, 8, 13, 13, 13, 9, 1, 15, 15],
                 "compound nsubj punct compound punct appos punct punct appos prep det compound compound pobj punct "
                 "ROOT punct",
                 "PROPN PROPN PUNCT PROPN PUNCT PROPN PUNCT PUNCT NOUN ADP DET PROPN PROPN PROPN PUNCT VERB PUNCT",
                 {15: "speak"}, glued=(2, 3, 4, 5))
    committee = ("Organization", "Senate Finance Committee")
    assert posts_held(doc, IVO, committee) == {("Ivo Marek", "chairman", "Senate Finance Committee", None)}


def test_seats_are_post_words_and_the_owner_key_names_the_owner() -> None:
    lex = lexicon(words("posts"), words("honorifics"))
    assert {"member", "minister"} <= lex.posts and "ambassador" in lex.courtesy and "economist" in lex.occupations
    doc = tagged("Board Chairman", [1, 1], "compound ROOT", "PROPN PROPN")
    assert Title(list(doc), owner=doc[0:1], owner_key="organization/Halvard Board").owner_id == "organization/Halvard Board"
