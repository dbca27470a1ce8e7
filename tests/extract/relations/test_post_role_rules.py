"""The role a title states (``post_roles``) on hand-built parses: its canonical label, what
stays out of it (the organisation, a demonym, "permanent"), and two posts in one title."""

from __future__ import annotations

from tests.extract.relations.handbuilt import posts_held, tagged

LENA, RUTH, PAVEL, IVO = ("Person", "Lena Dahl"), ("Person", "Ruth Okafor"), ("Person", "Pavel Lind"), ("Person", "Ivo Marek")


def test_after_the_organisation_to_x_is_the_posts_again() -> None:
    doc = tagged("Lena Dahl served as Ambassador of Norway to Sweden .", [1, 2, 2, 2, 3, 4, 5, 2, 7, 2],
                 "compound nsubj ROOT prep pobj prep pobj prep pobj punct",
                 "PROPN PROPN VERB ADP PROPN ADP PROPN ADP PROPN PUNCT", {2: "serve"})
    found = posts_held(doc, LENA, ("Place", "Norway"), ("Place", "Sweden"))
    assert found == {("Lena Dahl", "ambassador to sweden", "Norway", None)}


def test_two_posts_joined_by_and_share_the_organisation_named_last() -> None:
    doc = tagged("Ruth Okafor , President and Chief Executive of Halvard Bank , spoke first .",
                 [1, 11, 1, 1, 3, 6, 3, 6, 9, 7, 1, 11, 11, 11],
                 "compound nsubj punct conj cc compound conj prep compound pobj punct ROOT advmod punct",
                 "PROPN PROPN PUNCT PROPN CCONJ PROPN PROPN ADP PROPN PROPN PUNCT VERB ADV PUNCT", {11: "speak"},
                 ents=((8, 10, "ORG"), (12, 13, "ORDINAL")))
    assert posts_held(doc, RUTH, ("Organization", "Halvard Bank")) == {
        ("Ruth Okafor", "president", "Halvard Bank", None), ("Ruth Okafor", "chief executive", "Halvard Bank", None)}


def test_a_bare_head_keeps_the_organisation_it_heads_in_its_role() -> None:
    doc = tagged("Pavel Lind is the Secretary of the Navy .", [1, 2, 2, 4, 2, 4, 7, 5, 2],
                 "compound nsubj ROOT det attr prep det pobj punct", "PROPN PROPN AUX DET PROPN ADP DET PROPN PUNCT",
                 {2: "be"})
    assert posts_held(doc, PAVEL, ("Organization", "Navy")) == {("Pavel Lind", "secretary of navy", "Navy", None)}


def test_a_demonym_is_not_part_of_the_role() -> None:
    doc = tagged("French Director General for Political Affairs Ivo Marek met the press .",
                 [2, 2, 7, 2, 5, 3, 7, 8, 8, 10, 8, 8],
                 "amod compound nmod prep compound pobj compound nsubj ROOT det dobj punct",
                 "ADJ PROPN PROPN ADP PROPN PROPN PROPN PROPN VERB DET NOUN PUNCT", {8: "meet"})
    roles = {p[1] for p in posts_held(doc, IVO)}
    assert roles == {"director general for political affairs"}


def test_two_titles_stacked_before_a_name_are_two_posts() -> None:
    doc = tagged("The Senate Health Committee met . Senator Health Committee Chairman Ivo Marek made a statement .",
                 [3, 3, 3, 4, 4, 4, 8, 8, 9, 11, 11, 12, 12, 14, 12, 12],
                 "det compound compound nsubj ROOT punct compound compound compound compound compound nsubj ROOT det "
                 "dobj punct",
                 "DET PROPN PROPN PROPN VERB PUNCT PROPN PROPN PROPN PROPN PROPN PROPN VERB DET NOUN PUNCT",
                 {4: "meet", 12: "make"})
    committee = ("Organization", "Senate Health Committee")
    found = posts_held(doc, committee, (*committee, "Health Committee"), IVO)
    assert ("Ivo Marek", "chairman", "Senate Health Committee", None) in found
    assert {p[1] for p in found} == {"chairman", "senator"}


def test_permanent_is_how_long_a_post_is_held_not_part_of_it() -> None:
    doc = tagged("Ivo Marek will keep his position as permanent Chief Medical Officer .",
                 [1, 3, 3, 3, 5, 3, 3, 10, 10, 10, 6, 3],
                 "compound nsubj aux ROOT poss dobj prep amod compound compound pobj punct",
                 "PROPN PROPN AUX VERB PRON NOUN ADP ADJ PROPN PROPN PROPN PUNCT", {3: "keep"})
    assert posts_held(doc, IVO) == {("Ivo Marek", "chief medical officer", None, "permanent")}


def test_a_permanent_representative_keeps_permanent_in_the_role() -> None:
    doc = tagged("Ivo Marek will keep his position as Permanent Representative .", [1, 3, 3, 3, 5, 3, 3, 8, 6, 3],
                 "compound nsubj aux ROOT poss dobj prep compound pobj punct",
                 "PROPN PROPN AUX VERB PRON NOUN ADP PROPN PROPN PUNCT", {3: "keep"})
    assert posts_held(doc, IVO) == {("Ivo Marek", "permanent representative", None, None)}


def test_with_x_names_the_organisation_and_a_place_after_it_stays_out_of_the_role() -> None:
    doc = tagged("Ivo Marek served as Senior Project Officer with Halvard Aid in Lima .",
                 [1, 2, 2, 2, 6, 6, 3, 6, 9, 7, 9, 10, 2],
                 "compound nsubj ROOT prep compound compound pobj prep compound pobj prep pobj punct",
                 "PROPN PROPN VERB ADP PROPN PROPN PROPN ADP PROPN PROPN ADP PROPN PUNCT", {2: "serve"})
    found = posts_held(doc, IVO, ("Organization", "Halvard Aid"), ("Place", "Lima"))
    assert found == {("Ivo Marek", "senior project officer", "Halvard Aid", None)}
