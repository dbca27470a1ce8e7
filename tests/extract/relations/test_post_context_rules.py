"""Whose post, when the title does not say (``post_context``), on hand-built parses: "its",
"the regime's", the one country or city a story is about, its dateline, a post's own body."""

from __future__ import annotations

from tests.extract.relations.handbuilt import posts_held, tagged

LENA, RUTH, IVO = ("Person", "Lena Dahl"), ("Person", "Ruth Okafor"), ("Person", "Ivo Marek")
NORWAY, SWEDEN = ("Place", "Norway"), ("Place", "Sweden")


def test_its_is_the_organisation_that_named_the_person() -> None:
    doc = tagged("Halvard Bank named Ivo Marek its new chief executive .", [1, 2, 2, 4, 2, 8, 8, 8, 2, 2],
                 "compound nsubj ROOT compound dobj poss amod amod oprd punct",
                 "PROPN PROPN VERB PROPN PROPN PRON ADJ ADJ NOUN PUNCT", {2: "name"})
    found = posts_held(doc, ("Organization", "Halvard Bank"), IVO)
    assert found == {("Ivo Marek", "chief executive", "Halvard Bank", "new")}


def test_the_regimes_president_in_a_story_about_one_country_is_that_countrys() -> None:
    doc = tagged("Protests spread across Norway . Norway closed its borders , and Norway 's currency fell . The regime 's "
                 "president , Ivo Marek , blamed foreign agents . Judiciary Chief Lena Dahl promised trials .",
                 [1, 1, 1, 2, 1, 6, 6, 8, 6, 6, 6, 13, 11, 14, 6, 14, 17, 19, 17, 24, 19, 22, 19, 19, 24, 26, 24, 24,
                  31, 31, 31, 32, 32, 32, 32],
                 "nsubj ROOT prep pobj punct nsubj ROOT poss dobj punct cc poss case nsubj conj punct det poss case "
                 "nsubj punct compound appos punct ROOT amod dobj punct compound compound compound nsubj ROOT dobj punct",
                 "NOUN VERB ADP PROPN PUNCT PROPN VERB PRON NOUN PUNCT CCONJ PROPN PART NOUN VERB PUNCT DET NOUN PART "
                 "NOUN PUNCT PROPN PROPN PUNCT VERB ADJ NOUN PUNCT PROPN PROPN PROPN PROPN VERB NOUN PUNCT",
                 {1: "spread", 6: "close", 14: "fall", 24: "blame", 32: "promise"})
    found = posts_held(doc, NORWAY, IVO, LENA, fields=("rule", "confidence"))
    assert found == {("Ivo Marek", "president", "Norway", "document-country", 0.5),
                     ("Lena Dahl", "judiciary chief", "Norway", "document-country", 0.5)}


def test_a_dateline_names_the_country_of_a_state_post() -> None:
    doc = tagged("OSLO - President Ivo Marek spoke today . Norway and Sweden signed the deal .",
                 [2, 2, 4, 4, 5, 5, 5, 5, 11, 8, 8, 11, 13, 11, 11],
                 "compound punct compound compound nsubj ROOT npadvmod punct nsubj cc conj ROOT det dobj punct",
                 "PROPN PUNCT PROPN PROPN PROPN VERB NOUN PUNCT PROPN CCONJ PROPN VERB DET NOUN PUNCT",
                 {5: "speak", 11: "sign"})
    found = posts_held(doc, ("Place", "Oslo", "OSLO"), IVO, NORWAY, SWEDEN, fields=("rule",))
    assert found == {("Ivo Marek", "president", "Norway", "dateline")}


def test_a_dateline_abroad_keeps_the_storys_country_out() -> None:
    doc = tagged("WASHINGTON - President Ivo Marek met Norway 's chancellor on Monday . Norway and Sweden agreed . "
                 "Norway will host talks .",
                 [2, 2, 4, 4, 5, 5, 8, 6, 5, 5, 9, 5, 15, 12, 12, 15, 15, 19, 19, 19, 19, 19],
                 "compound punct compound compound nsubj ROOT poss case dobj prep pobj punct nsubj cc conj ROOT punct "
                 "nsubj aux ROOT dobj punct",
                 "PROPN PUNCT PROPN PROPN PROPN VERB PROPN PART NOUN ADP PROPN PUNCT PROPN CCONJ PROPN VERB PUNCT "
                 "PROPN AUX VERB NOUN PUNCT", {5: "meet", 15: "agree", 19: "host"})
    found = posts_held(doc, ("Place", "Washington", "WASHINGTON"), IVO, NORWAY, SWEDEN)
    assert found == {("Ivo Marek", "president", None, None)}


def test_a_post_that_names_its_body_takes_it_when_the_story_names_it() -> None:
    doc = tagged("The United Nations said on Monday that Secretary - General Lena Dahl would visit Oslo .",
                 [2, 2, 3, 3, 3, 4, 13, 9, 9, 11, 11, 13, 13, 3, 13, 3],
                 "det compound nsubj ROOT prep pobj mark compound punct compound compound nsubj aux ccomp dobj punct",
                 "DET PROPN PROPN VERB ADP PROPN SCONJ PROPN PUNCT PROPN PROPN PROPN AUX VERB PROPN PUNCT",
                 {3: "say", 13: "visit"}, glued=(7, 8))
    found = posts_held(doc, ("Organization", "United Nations"), LENA, ("Place", "Oslo"), fields=("rule",))
    assert found == {("Lena Dahl", "secretary-general", "United Nations", "post-body")}


def test_a_mayor_in_a_story_about_one_city_is_its_mayor() -> None:
    doc = tagged("Floods hit Bergen on Monday . Schools in Bergen closed . Mayor Ruth Okafor asked for help .",
                 [1, 1, 1, 1, 3, 1, 9, 6, 7, 9, 9, 13, 13, 14, 14, 14, 15, 14],
                 "nsubj ROOT dobj prep pobj punct nsubj prep pobj ROOT punct compound compound nsubj ROOT prep pobj punct",
                 "NOUN VERB PROPN ADP PROPN PUNCT NOUN ADP PROPN VERB PUNCT PROPN PROPN PROPN VERB ADP NOUN PUNCT",
                 {1: "hit", 9: "close", 14: "ask"})
    found = posts_held(doc, ("Place", "Bergen"), RUTH, fields=("rule",))
    assert found == {("Ruth Okafor", "mayor", "Bergen", "document-city")}
