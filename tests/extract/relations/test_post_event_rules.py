"""Posts named by the noun of their giving or holding (``post_events``) on hand-built parses:
"X's nomination to be Y", "her appointment as Y", "for assignment as Y", "for serving as Y"."""

from __future__ import annotations

from tests.extract.relations.handbuilt import posts_held, tagged

LENA, IVO = ("Person", "Lena Dahl"), ("Person", "Ivo Marek")
INSTITUTE = ("Organization", "Halvard Institute")


def test_a_names_nomination_to_be_y_gives_it_the_post() -> None:
    doc = tagged("The Senate confirmed Ivo Marek 's nomination to be Secretary of Labor .",
                 [1, 2, 2, 4, 6, 4, 2, 8, 6, 8, 9, 10, 2],
                 "det nsubj ROOT compound poss case dobj aux acl attr prep pobj punct",
                 "DET PROPN VERB PROPN PROPN PART NOUN PART AUX PROPN ADP PROPN PUNCT", {2: "confirm", 8: "be"})
    assert posts_held(doc, ("Organization", "Senate"), IVO) == {("Ivo Marek", "secretary of labor", None, None)}


def test_election_to_the_position_of_y_gives_the_post() -> None:
    doc = tagged("Delegates welcomed Ivo Marek 's election to the position of Deputy Leader .",
                 [1, 1, 3, 5, 3, 1, 1, 8, 6, 8, 11, 9, 1],
                 "nsubj ROOT compound poss case dobj prep det pobj prep compound pobj punct",
                 "NOUN VERB PROPN PROPN PART NOUN ADP DET NOUN ADP PROPN PROPN PUNCT", {1: "welcome"})
    assert posts_held(doc, IVO) == {("Ivo Marek", "deputy leader", None, None)}


def test_her_appointment_as_y_is_the_post_of_the_person_named_before() -> None:
    doc = tagged("The minister congratulated Lena Dahl on her appointment as Director of the Halvard Institute .",
                 [1, 2, 2, 4, 2, 2, 7, 5, 7, 8, 9, 13, 13, 10, 2],
                 "det nsubj ROOT compound dobj prep poss pobj prep pobj prep det compound pobj punct",
                 "DET NOUN VERB PROPN PROPN ADP PRON NOUN ADP PROPN ADP DET PROPN PROPN PUNCT", {2: "congratulate"})
    found = posts_held(doc, LENA, INSTITUTE, fields=("rule",))
    assert found == {("Lena Dahl", "director", "Halvard Institute", "pronoun")}


def test_for_assignment_as_y_with_no_possessive_is_the_post_of_the_name_before() -> None:
    doc = tagged("The President nominated Ivo Marek for assignment as deputy commandant for aviation .",
                 [1, 2, 2, 4, 2, 2, 5, 6, 9, 7, 9, 10, 2],
                 "det nsubj ROOT compound dobj prep pobj prep compound pobj prep pobj punct",
                 "DET PROPN VERB PROPN PROPN ADP NOUN ADP NOUN NOUN ADP NOUN PUNCT", {2: "nominate"})
    assert posts_held(doc, IVO) == {("Ivo Marek", "deputy commandant for aviation", None, None)}


def test_thanked_for_serving_as_y_gives_the_post() -> None:
    doc = tagged("The minister thanked Lena Dahl for serving as Director of the Halvard Institute .",
                 [1, 2, 2, 4, 2, 2, 5, 6, 7, 8, 12, 12, 9, 2],
                 "det nsubj ROOT compound dobj prep pcomp prep pobj prep det compound pobj punct",
                 "DET NOUN VERB PROPN PROPN ADP VERB ADP PROPN ADP DET PROPN PROPN PUNCT",
                 {2: "thank", 6: "serve"}, tags={6: "VBG"})
    assert posts_held(doc, LENA, INSTITUTE) == {("Lena Dahl", "director", "Halvard Institute", None)}
