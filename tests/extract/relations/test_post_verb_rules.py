"""Posts a verb gives (``post_verbs``) on hand-built parses: "X was appointed Y", "X became Y",
"X served as Y", a post verb sharing the name's subject, "he"/"she" for the person named
before, and the verbs and lines that give no post."""

from __future__ import annotations

from tests.extract.relations.handbuilt import posts_held, tagged

LENA, RUTH, PAVEL, IVO = ("Person", "Lena Dahl"), ("Person", "Ruth Okafor"), ("Person", "Pavel Lind"), ("Person", "Ivo Marek")
BANK = ("Organization", "Halvard Bank")


def test_was_appointed_y_of_z_gives_the_post_and_its_organisation() -> None:
    doc = tagged("Ruth Okafor was appointed prosecutor of the Halvard Tribunal in 2019 .",
                 [1, 3, 3, 3, 3, 4, 8, 8, 5, 3, 9, 3],
                 "compound nsubjpass auxpass ROOT oprd prep det compound pobj prep pobj punct",
                 "PROPN PROPN AUX VERB NOUN ADP DET PROPN PROPN ADP NUM PUNCT", {2: "be", 3: "appoint"})
    found = posts_held(doc, RUTH, ("Organization", "Halvard Tribunal"), ("Date", "2019"))
    assert found == {("Ruth Okafor", "prosecutor", "Halvard Tribunal", None)}


def test_became_y_of_z_gives_the_post() -> None:
    doc = tagged("Ivo Marek became chairman of Halvard Bank .", [1, 2, 2, 2, 3, 6, 4, 2],
                 "compound nsubj ROOT attr prep compound pobj punct", "PROPN PROPN VERB NOUN ADP PROPN PROPN PUNCT",
                 {2: "become"})
    assert posts_held(doc, IVO, BANK) == {("Ivo Marek", "chairman", "Halvard Bank", None)}


def test_served_as_a_and_later_as_b_gives_both_posts() -> None:
    doc = tagged("Lena Dahl served as Minister of Health of Norway and later as Ambassador of Norway to Japan .",
                 [1, 2, 2, 2, 3, 4, 5, 6, 7, 2, 2, 10, 11, 12, 13, 12, 15, 2],
                 "compound nsubj ROOT prep pobj prep pobj prep pobj cc advmod prep pobj prep pobj prep pobj punct",
                 "PROPN PROPN VERB ADP PROPN ADP PROPN ADP PROPN CCONJ ADV ADP PROPN ADP PROPN ADP PROPN PUNCT",
                 {2: "serve"})
    found = posts_held(doc, LENA, ("Place", "Norway"), ("Place", "Japan"))
    assert found == {("Lena Dahl", "health minister", "Norway", None), ("Lena Dahl", "ambassador to japan", "Norway", None)}


def test_served_with_an_organisation_as_y_makes_it_the_posts_organisation() -> None:
    doc = tagged("Pavel Lind served with the Halvard State Police as a trooper .", [1, 2, 2, 2, 7, 7, 7, 3, 2, 10, 8, 2],
                 "compound nsubj ROOT prep det compound compound pobj prep det pobj punct",
                 "PROPN PROPN VERB ADP DET PROPN PROPN PROPN ADP DET NOUN PUNCT", {2: "serve"})
    police = ("Organization", "Halvard State Police")
    assert posts_held(doc, PAVEL, police) == {("Pavel Lind", "trooper", "Halvard State Police", None)}


def test_a_clause_about_the_name_gives_it_the_post() -> None:
    doc = tagged("Ruth Okafor , who was the chief executive of Halvard Bank , retired .",
                 [1, 12, 1, 4, 1, 7, 7, 4, 7, 10, 8, 1, 12, 12],
                 "compound nsubj punct nsubj relcl det amod attr prep compound pobj punct ROOT punct",
                 "PROPN PROPN PUNCT PRON AUX DET ADJ NOUN ADP PROPN PROPN PUNCT VERB PUNCT", {4: "be", 12: "retire"})
    assert posts_held(doc, RUTH, BANK) == {("Ruth Okafor", "chief executive", "Halvard Bank", None)}


def test_a_second_verb_with_no_subject_of_its_own_shares_the_names() -> None:
    doc = tagged("Ivo Marek resigned and now serves as Director of the Halvard Institute .",
                 [1, 2, 2, 2, 5, 2, 5, 6, 7, 11, 11, 8, 2],
                 "compound nsubj ROOT cc advmod conj prep pobj prep det compound pobj punct",
                 "PROPN PROPN VERB CCONJ ADV VERB ADP PROPN ADP DET PROPN PROPN PUNCT", {2: "resign", 5: "serve"})
    institute = ("Organization", "Halvard Institute")
    assert posts_held(doc, IVO, institute) == {("Ivo Marek", "director", "Halvard Institute", None)}


def test_a_participle_clause_before_the_name_shares_its_subject() -> None:
    doc = tagged("Currently serving as Director of Halvard Bank , Lena Dahl has 30 years of experience .",
                 [1, 10, 1, 2, 3, 6, 4, 10, 9, 10, 10, 12, 10, 12, 13, 10],
                 "advmod advcl prep pobj prep compound pobj punct compound nsubj ROOT nummod dobj prep pobj punct",
                 "ADV VERB ADP PROPN ADP PROPN PROPN PUNCT PROPN PROPN VERB NUM NOUN ADP NOUN PUNCT",
                 {1: "serve", 10: "have"}, tags={1: "VBG"})
    assert posts_held(doc, BANK, LENA) == {("Lena Dahl", "director", "Halvard Bank", None)}


def test_a_post_verb_governed_by_another_verb_gives_the_post() -> None:
    doc = tagged("Ivo Marek was confirmed to serve as Secretary of Labor .", [1, 3, 3, 3, 5, 3, 5, 6, 7, 8, 3],
                 "compound nsubjpass auxpass ROOT aux xcomp prep pobj prep pobj punct",
                 "PROPN PROPN AUX VERB PART VERB ADP PROPN ADP PROPN PUNCT", {2: "be", 3: "confirm", 5: "serve"})
    assert posts_held(doc, IVO) == {("Ivo Marek", "secretary of labor", None, None)}


def test_who_appoints_does_not_take_the_post() -> None:
    doc = tagged("Ivo Marek nominated Lena Dahl to be Ambassador to Japan .", [1, 2, 2, 4, 2, 6, 2, 6, 7, 8, 2],
                 "compound nsubj ROOT compound dobj aux xcomp attr prep pobj punct",
                 "PROPN PROPN VERB PROPN PROPN PART AUX PROPN ADP PROPN PUNCT", {2: "nominate", 6: "be"})
    found = posts_held(doc, IVO, LENA, ("Place", "Japan"))
    assert found == {("Lena Dahl", "ambassador to japan", None, None)}


def test_she_takes_the_post_for_the_person_named_before() -> None:
    doc = tagged("Lena Dahl spoke first . She served as Ambassador of Norway to Sweden .",
                 [1, 2, 2, 2, 2, 6, 6, 6, 7, 8, 9, 6, 11, 6],
                 "compound nsubj ROOT advmod punct nsubj ROOT prep pobj prep pobj prep pobj punct",
                 "PROPN PROPN VERB ADV PUNCT PRON VERB ADP PROPN ADP PROPN ADP PROPN PUNCT", {2: "speak", 6: "serve"})
    found = posts_held(doc, LENA, ("Place", "Norway"), ("Place", "Sweden"), fields=("rule",))
    assert found == {("Lena Dahl", "ambassador to sweden", "Norway", "pronoun")}


def test_assuming_the_post_of_y_gives_the_post() -> None:
    doc = tagged("In 2019 Ivo Marek assumed the post of Chief Justice .", [4, 0, 3, 4, 4, 6, 4, 6, 9, 7, 4],
                 "prep pobj compound nsubj ROOT det dobj prep compound pobj punct",
                 "ADP NUM PROPN PROPN VERB DET NOUN ADP PROPN PROPN PUNCT", {4: "assume"})
    assert posts_held(doc, ("Date", "2019"), IVO) == {("Ivo Marek", "chief justice", None, None)}


def test_holding_someone_responsible_is_no_post() -> None:
    doc = tagged("Ivo Marek held President Lena Dahl responsible for the crisis .", [1, 2, 2, 5, 5, 2, 2, 6, 9, 7, 2],
                 "compound nsubj ROOT compound compound dobj oprd prep det pobj punct",
                 "PROPN PROPN VERB PROPN PROPN PROPN ADJ ADP DET NOUN PUNCT", {2: "hold"})
    assert posts_held(doc, IVO, LENA) == {("Lena Dahl", "president", None, None)}


def test_a_title_line_is_not_read_as_a_sentence() -> None:
    # parsed as a sentence would be: "Names" the verb, "Chief Executive" what Marek is named
    doc = tagged("Halvard Names Ivo Marek Chief Executive", [1, 1, 3, 1, 5, 1],
                 "nsubj ROOT compound dobj compound oprd", "PROPN VERB PROPN PROPN PROPN PROPN", {1: "name"})
    assert posts_held(doc, ("Organization", "Halvard"), IVO) == set()
