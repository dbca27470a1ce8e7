"""What ``positions`` makes of the titles it is given, on hand-built parses: the post's dates,
a name introduced by "to be", a fuller post found elsewhere, and titles that are no post
(a courtesy title alone, an occupation)."""

from __future__ import annotations

from tests.extract.relations.handbuilt import posts_held, tagged

LENA, RUTH, IVO = ("Person", "Lena Dahl"), ("Person", "Ruth Okafor"), ("Person", "Ivo Marek")


def test_a_bracketed_year_range_after_the_title_is_the_posts_interval() -> None:
    doc = tagged("Ivo Marek , prime minister of Norway ( 1999 to 2008 ) , said the vote was fair .",
                 [1, 13, 1, 4, 1, 4, 5, 6, 6, 4, 9, 1, 13, 13, 15, 16, 13, 16, 13],
                 "compound nsubj punct compound appos prep pobj punct appos prep pobj punct punct ROOT det nsubj ccomp "
                 "acomp punct",
                 "PROPN PROPN PUNCT ADJ NOUN ADP PROPN PUNCT NUM ADP NUM PUNCT PUNCT VERB DET NOUN AUX ADJ PUNCT",
                 {13: "say", 16: "be"})
    found = posts_held(doc, IVO, ("Place", "Norway"), ("Date", "1999 to 2008"), values={"1999 to 2008": "1999/2008"},
                       fields=("start", "end"))
    assert found == {("Ivo Marek", "prime minister", "Norway", "1999", "2008")}


def test_since_a_date_starts_the_post() -> None:
    doc = tagged("Ruth Okafor has been chief executive of Halvard Bank since 2019 .", [1, 3, 3, 3, 5, 3, 5, 8, 6, 3, 9, 3],
                 "compound nsubj aux ROOT amod attr prep compound pobj prep pobj punct",
                 "PROPN PROPN AUX AUX ADJ NOUN ADP PROPN PROPN SCONJ NUM PUNCT", {2: "have", 3: "be"})
    found = posts_held(doc, RUTH, ("Organization", "Halvard Bank"), ("Date", "2019"), values={"2019": "2019"},
                       fields=("start", "end"))
    assert found == {("Ruth Okafor", "chief executive", "Halvard Bank", "2019", None)}


def test_a_name_of_a_place_then_to_be_y_gives_the_post() -> None:
    doc = tagged("The Senate confirmed Lena Dahl , of Bergen , to be Member of the Halvard Arts Council .",
                 [1, 2, 2, 4, 2, 4, 4, 6, 4, 10, 2, 10, 11, 16, 15, 16, 12, 2],
                 "det nsubj ROOT compound dobj punct prep pobj punct aux xcomp attr prep det compound compound pobj punct",
                 "DET PROPN VERB PROPN PROPN PUNCT ADP PROPN PUNCT PART AUX PROPN ADP DET PROPN PROPN PROPN PUNCT",
                 {2: "confirm", 10: "be"})
    council = ("Organization", "Halvard Arts Council")
    found = posts_held(doc, ("Organization", "Senate"), LENA, ("Place", "Bergen"), council)
    assert found == {("Lena Dahl", "member", "Halvard Arts Council", None)}


def test_a_shorter_post_of_the_same_person_gives_way_to_the_fuller_one() -> None:
    doc = tagged("Secretary of State Ivo Marek spoke first . Secretary Marek then left .",
                 [4, 0, 1, 4, 5, 5, 5, 5, 9, 11, 11, 11, 11],
                 "nmod prep pobj compound nsubj ROOT advmod punct compound nsubj advmod ROOT punct",
                 "PROPN ADP PROPN PROPN PROPN VERB ADV PUNCT PROPN PROPN ADV VERB PUNCT", {5: "speak", 11: "leave"})
    assert posts_held(doc, IVO, (*IVO, "Marek")) == {("Ivo Marek", "secretary of state", None, None)}


def test_a_courtesy_title_alone_before_a_name_is_no_post() -> None:
    doc = tagged("I look forward to welcoming Ambassador Ivo Marek in the coming days .",
                 [1, 1, 1, 1, 3, 7, 7, 4, 4, 11, 11, 8, 1],
                 "nsubj ROOT advmod prep pcomp compound compound dobj prep det amod pobj punct",
                 "PRON VERB ADV ADP VERB PROPN PROPN PROPN ADP DET VERB NOUN PUNCT", {1: "look", 4: "welcome"})
    assert posts_held(doc, IVO) == set()


def test_an_occupation_with_no_organisation_is_no_post() -> None:
    doc = tagged("Lena Dahl , an economist , spoke .", [1, 6, 1, 4, 1, 1, 6, 6],
                 "compound nsubj punct det appos punct ROOT punct", "PROPN PROPN PUNCT DET NOUN PUNCT VERB PUNCT",
                 {6: "speak"})
    assert posts_held(doc, LENA) == set()


def test_confirmed_x_as_y_gives_x_the_post() -> None:
    doc = tagged("The Senate confirmed Ivo Marek as Secretary of Transportation .", [1, 2, 2, 4, 2, 2, 5, 6, 7, 2],
                 "det nsubj ROOT compound dobj prep pobj prep pobj punct",
                 "DET PROPN VERB PROPN PROPN ADP PROPN ADP PROPN PUNCT", {2: "confirm"})
    found = posts_held(doc, ("Organization", "Senate"), IVO)
    assert found == {("Ivo Marek", "secretary of transportation", None, None)}


def test_a_possessive_apostrophe_after_a_name_in_s_introduces_its_election() -> None:
    doc = tagged("The caucus welcomed Lena Jones ' election to the position of Deputy Leader .",
                 [1, 2, 2, 4, 6, 4, 2, 2, 9, 7, 9, 12, 10, 2],
                 "det nsubj ROOT compound poss case dobj prep det pobj prep compound pobj punct",
                 "DET NOUN VERB PROPN PROPN PART NOUN ADP DET NOUN ADP PROPN PROPN PUNCT", {2: "welcome"}, glued=(4,))
    assert posts_held(doc, ("Person", "Lena Jones")) == {("Lena Jones", "deputy leader", None, None)}
