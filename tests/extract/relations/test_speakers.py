"""Speakers named by subjects, on hand-built docs (quotation tests with the model: test_quotes.py)."""

from tests.extract.relations.helpers import hand_built_quotations


def test_the_person_a_title_precedes_speaks_not_the_organisation_in_the_title(blank) -> None:
    words = ["BBC", "correspondent", "Jo", "Lane", "said", ",", '"', "We", "lost", "the", "vote", "today", ".", '"']
    heads = [1, 3, 3, 4, 4, 4, 8, 8, 4, 10, 8, 8, 8, 8]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "punct", "punct", "nsubj", "ccomp", "det",
            "dobj", "npadvmod", "punct", "punct"]
    pos = ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "DET", "NOUN", "NOUN",
           "PUNCT", "PUNCT"]
    lemmas = ["BBC", "correspondent", "Jo", "Lane", "say", ",", '"', "we", "lose", "the", "vote", "today", ".", '"']
    ents = ["B-ORG", "O", "B-PERSON", "I-PERSON"] + ["O"] * 10
    spaces = [True, True, True, True, False, True, False, True, True, True, True, False, False, False]
    found = hand_built_quotations(blank, words, heads, deps, pos, lemmas, ents, spaces)
    assert found == [("Jo Lane", "We lost the vote today.")]


def test_the_person_in_apposition_to_a_title_speaks(blank) -> None:
    # the parse makes the title the subject: BBC <- correspondent -> Lane (appos)
    words = ["BBC", "correspondent", "Jo", "Lane", "said", ":", '"', "We", "lost", "the", "vote", ".", '"']
    heads = [1, 4, 3, 1, 4, 4, 8, 8, 4, 10, 8, 8, 8]
    deps = ["compound", "nsubj", "compound", "appos", "ROOT", "punct", "punct", "nsubj", "ccomp", "det", "dobj",
            "punct", "punct"]
    pos = ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT"]
    lemmas = ["BBC", "correspondent", "Jo", "Lane", "say", ":", '"', "we", "lose", "the", "vote", ".", '"']
    ents = ["B-ORG", "O", "B-PERSON", "I-PERSON"] + ["O"] * 9
    spaces = [True, True, True, False, False, True, False, True, True, True, False, False, False]
    found = hand_built_quotations(blank, words, heads, deps, pos, lemmas, ents, spaces)
    assert found == [("Jo Lane", "We lost the vote.")]


def test_a_possessor_does_not_speak_for_the_one_it_possesses(blank) -> None:
    words = ["Tom", "Poe", "'s", "lawyer", "said", ":", '"', "We", "will", "appeal", "it", ".", '"']
    heads = [1, 3, 1, 4, 4, 4, 9, 9, 9, 4, 9, 9, 9]
    deps = ["compound", "poss", "case", "nsubj", "ROOT", "punct", "punct", "nsubj", "aux", "ccomp", "dobj", "punct",
            "punct"]
    pos = ["PROPN", "PROPN", "PART", "NOUN", "VERB", "PUNCT", "PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT", "PUNCT"]
    lemmas = ["Tom", "Poe", "'s", "lawyer", "say", ":", '"', "we", "will", "appeal", "it", ".", '"']
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 11
    spaces = [True, False, True, True, False, True, False, True, True, True, False, False, False]
    found = hand_built_quotations(blank, words, heads, deps, pos, lemmas, ents, spaces)
    assert found == []
