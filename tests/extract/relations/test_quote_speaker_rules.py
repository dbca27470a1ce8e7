"""Speakers (``speakers``) on hand-built parses: who "he", "it", "the agency", "the company" or
"the chairman" is, a name set off by commas after the one it names, "X was quoted as saying",
and subjects that do not speak (someone speaking for X, X said to be something)."""

from __future__ import annotations

from tests.extract.relations.handbuilt import quotations_found, tagged

NORA, OLA = ("Person", "Nora Vik"), ("Person", "Ola Berg")
AGENCY, BANK = ("Organization", "Roads Agency"), ("Organization", "Halvard Bank")
MONDAY = ("Date", "Monday")


def test_he_is_the_person_who_was_the_subject_before() -> None:
    # 'Ola Berg opened the meeting. He said: "We will rebuild the bridge before winter."'
    doc = tagged('Ola Berg opened the meeting . He said : " We will rebuild the bridge before winter . "',
                 [1, 2, 2, 4, 2, 2, 7, 7, 7, 7, 12, 12, 7, 14, 12, 12, 15, 7, 7],
                 "compound nsubj ROOT det dobj punct nsubj ROOT punct punct nsubj aux ccomp det dobj prep pobj punct "
                 "punct",
                 "PROPN PROPN VERB DET NOUN PUNCT PRON VERB PUNCT PUNCT PRON AUX VERB DET NOUN ADP NOUN PUNCT PUNCT",
                 {2: "open", 7: "say"}, glued=(4, 7, 9, 16, 17))
    assert quotations_found(doc, OLA) == [("Ola Berg", "We will rebuild the bridge before winter.", "said-before")]


# 'The Roads Agency closed the bridge on Monday. <It|The agency> said: "The repairs will take a month."'
CLOSED = ("The Roads Agency closed the bridge on Monday .", [2, 2, 3, 3, 5, 3, 3, 6, 3],
          "det compound nsubj ROOT det dobj prep pobj punct", "DET PROPN PROPN VERB DET NOUN ADP PROPN PUNCT")
REPAIRS = ('said : " The repairs will take a month . "', [0, 0, 0, 4, 6, 6, 0, 8, 6, 0, 0],
           "ROOT punct punct det nsubj aux ccomp det dobj punct punct",
           "VERB PUNCT PUNCT DET NOUN AUX VERB DET NOUN PUNCT PUNCT")


def _agency_story(subject: str, subject_deps: str, subject_pos: str):
    """CLOSED, then ``subject`` (its last word the subject of "said") said the REPAIRS words."""
    n, k = len(CLOSED[1]), len(subject.split(" "))
    said = n + k
    subject_heads = [said] if k == 1 else [n + 1, said]
    words = f"{CLOSED[0]} {subject} {REPAIRS[0]}"
    heads = CLOSED[1] + subject_heads + [h + said for h in REPAIRS[1]]
    lemmas = {3: "close", said: "say", said + 4: "repair"}
    glued = (7, said, said + 2, said + 8, said + 9)
    return tagged(words, heads, f"{CLOSED[2]} {subject_deps} {REPAIRS[2]}", f"{CLOSED[3]} {subject_pos} {REPAIRS[3]}",
                  lemmas, glued=glued)


def test_it_is_the_organisation_that_was_the_subject_before() -> None:
    doc = _agency_story("It", "nsubj", "PRON")
    assert quotations_found(doc, AGENCY, MONDAY) == [("Roads Agency", "The repairs will take a month.", "said-before")]


def test_the_agency_is_the_organisation_named_before_with_that_word() -> None:
    doc = _agency_story("The agency", "det nsubj", "DET NOUN")
    assert doc.text.startswith("The Roads Agency closed the bridge on Monday. The agency said: \"The repairs")
    assert quotations_found(doc, AGENCY, MONDAY) == [("Roads Agency", "The repairs will take a month.", "said-before")]


def test_the_company_is_the_organisation_named_just_before() -> None:
    # 'Halvard Bank cut its forecast. The company said: "Demand has fallen sharply this year."'
    doc = tagged('Halvard Bank cut its forecast . The company said : " Demand has fallen sharply this year . "',
                 [1, 2, 2, 4, 2, 2, 7, 8, 8, 8, 8, 13, 13, 8, 13, 16, 13, 8, 8],
                 "compound nsubj ROOT poss dobj punct det nsubj ROOT punct punct nsubj aux ccomp advmod det npadvmod "
                 "punct punct",
                 "PROPN PROPN VERB PRON NOUN PUNCT DET NOUN VERB PUNCT PUNCT NOUN AUX VERB ADV DET NOUN PUNCT PUNCT",
                 {8: "say", 12: "have", 13: "fall"}, glued=(4, 8, 10, 16, 17))
    assert quotations_found(doc, BANK) == [("Halvard Bank", "Demand has fallen sharply this year.", "said-before")]


def test_the_chairman_is_the_person_given_that_title_before() -> None:
    # 'Committee Chairman Ola Berg opened the hearing. The chairman said: "We will hear every witness today."'
    doc = tagged('Committee Chairman Ola Berg opened the hearing . The chairman said : " We will hear every witness '
                 'today . "',
                 [1, 3, 3, 4, 4, 6, 4, 4, 9, 10, 10, 10, 10, 15, 15, 10, 17, 15, 15, 10, 10],
                 "compound compound compound nsubj ROOT det dobj punct det nsubj ROOT punct punct nsubj aux ccomp det "
                 "dobj npadvmod punct punct",
                 "PROPN PROPN PROPN PROPN VERB DET NOUN PUNCT DET NOUN VERB PUNCT PUNCT PRON AUX VERB DET NOUN NOUN "
                 "PUNCT PUNCT",
                 {4: "open", 10: "say"}, glued=(6, 10, 12, 18, 19))
    assert quotations_found(doc, OLA) == [("Ola Berg", "We will hear every witness today.", "said-before")]


def test_a_name_set_off_by_commas_after_a_spokesman_speaks() -> None:
    # 'The spokesman for the agency, Ola Berg, said: "We will appeal the ruling today."'
    doc = tagged('The spokesman for the agency , Ola Berg , said : " We will appeal the ruling today . "',
                 [1, 9, 1, 4, 2, 1, 7, 1, 9, 9, 9, 9, 14, 14, 9, 16, 14, 14, 9, 9],
                 "det nsubj prep det pobj punct compound appos punct ROOT punct punct nsubj aux ccomp det dobj npadvmod "
                 "punct punct",
                 "DET NOUN ADP DET NOUN PUNCT PROPN PROPN PUNCT VERB PUNCT PUNCT PRON AUX VERB DET NOUN NOUN PUNCT PUNCT",
                 {9: "say"}, glued=(4, 7, 9, 11, 17, 18))
    assert quotations_found(doc, OLA) == [("Ola Berg", "We will appeal the ruling today.", "said-before")]


def test_a_name_set_off_by_commas_speaks_when_the_parse_hangs_it_on_the_organisation() -> None:
    # 'The spokesman for the Finance Ministry, Ola Berg, said: "The bridge will stay closed until spring."'
    # parsed as en_core_web_sm parses "the spokesman for the Interior Ministry, Ali Reza, said":
    # the name in apposition to the ministry, not to the spokesman
    doc = tagged('The spokesman for the Finance Ministry , Ola Berg , said : " The bridge will stay closed until '
                 'spring . "',
                 [1, 10, 1, 5, 5, 2, 5, 8, 5, 1, 10, 10, 10, 14, 16, 16, 10, 16, 17, 18, 10, 10],
                 "det nsubj prep det compound pobj punct compound appos punct ROOT punct punct det nsubj aux ccomp "
                 "acomp prep pobj punct punct",
                 "DET NOUN ADP DET PROPN PROPN PUNCT PROPN PROPN PUNCT VERB PUNCT PUNCT DET NOUN AUX VERB ADJ ADP NOUN "
                 "PUNCT PUNCT",
                 {10: "say"}, glued=(5, 8, 10, 12, 19, 20))
    found = quotations_found(doc, OLA, ("Organization", "Finance Ministry"))
    assert found == [("Ola Berg", "The bridge will stay closed until spring.", "said-before")]

def test_someone_speaking_for_a_person_is_not_that_person() -> None:
    # 'A spokesman for Ola Berg said: "We will appeal the ruling today."'
    doc = tagged('A spokesman for Ola Berg said : " We will appeal the ruling today . "',
                 [1, 5, 1, 4, 2, 5, 5, 5, 10, 10, 5, 12, 10, 10, 5, 5],
                 "det nsubj prep compound pobj ROOT punct punct nsubj aux ccomp det dobj npadvmod punct punct",
                 "DET NOUN ADP PROPN PROPN VERB PUNCT PUNCT PRON AUX VERB DET NOUN NOUN PUNCT PUNCT",
                 {5: "say"}, glued=(5, 7, 13, 14))
    assert quotations_found(doc, OLA) == []


def test_x_quoted_as_saying_gives_x_the_quotation() -> None:
    # 'Ola Berg was quoted as saying: "We will hear every witness today."'
    doc = tagged('Ola Berg was quoted as saying : " We will hear every witness today . "',
                 [1, 3, 3, 3, 3, 4, 5, 5, 10, 10, 5, 12, 10, 10, 3, 3],
                 "compound nsubjpass auxpass ROOT prep pcomp punct punct nsubj aux ccomp det dobj npadvmod punct punct",
                 "PROPN PROPN AUX VERB ADP VERB PUNCT PUNCT PRON AUX VERB DET NOUN NOUN PUNCT PUNCT",
                 {2: "be", 3: "quote", 5: "say"}, glued=(5, 7, 13, 14))
    assert quotations_found(doc, OLA) == [("Ola Berg", "We will hear every witness today.", "said-before")]


def test_someone_said_to_be_something_does_not_speak_it() -> None:
    # 'Nora Vik leads the party, and Ola Berg is said to be "the real power behind it".' (nor
    # does the subject of the verb "said" hangs on)
    doc = tagged('Nora Vik leads the party , and Ola Berg is said to be " the real power behind it " .',
                 [1, 2, 2, 4, 2, 2, 2, 8, 10, 10, 2, 12, 10, 12, 16, 16, 12, 16, 17, 10, 10],
                 "compound nsubj ROOT det dobj punct cc compound nsubjpass auxpass conj aux xcomp punct det amod attr "
                 "prep pobj punct punct",
                 "PROPN PROPN VERB DET NOUN PUNCT CCONJ PROPN PROPN AUX VERB PART AUX PUNCT DET ADJ NOUN ADP PRON PUNCT "
                 "PUNCT",
                 {2: "lead", 9: "be", 10: "say"}, glued=(4, 13, 18, 19))
    assert quotations_found(doc, NORA, OLA) == []


def test_said_a_statement_from_an_organisation_is_the_organisations() -> None:
    # '"We are ready," said a statement from the Roads Agency.'
    doc = tagged('" We are ready , " said a statement from the Roads Agency .',
                 [6, 2, 6, 2, 6, 6, 6, 8, 6, 8, 12, 12, 9, 6],
                 "punct nsubj ccomp acomp punct punct ROOT det nsubj prep det compound pobj punct",
                 "PUNCT PRON AUX ADJ PUNCT PUNCT VERB DET NOUN ADP DET PROPN PROPN PUNCT",
                 {2: "be", 6: "say"}, glued=(0, 3, 4, 12))
    assert quotations_found(doc, AGENCY) == [("Roads Agency", "We are ready,", "said-after")]


def test_she_is_the_speaker_of_the_quotation_before_when_no_subject_names_her() -> None:
    # 'According to Nora Vik, "the bridge will reopen in May." She said: "The money is already there."'
    doc = tagged('According to Nora Vik , " the bridge will reopen in May . " She said : " The money is already '
                 'there . "',
                 [9, 0, 3, 1, 9, 9, 7, 9, 9, 9, 9, 10, 9, 9, 15, 15, 15, 15, 19, 20, 15, 20, 20, 15, 15],
                 "prep prep compound pobj punct punct det nsubj aux ROOT prep pobj punct punct nsubj ROOT punct punct "
                 "det nsubj ccomp advmod advmod punct punct",
                 "VERB ADP PROPN PROPN PUNCT PUNCT DET NOUN AUX VERB ADP PROPN PUNCT PUNCT PRON VERB PUNCT PUNCT DET "
                 "NOUN AUX ADV ADV PUNCT PUNCT",
                 {0: "accord", 15: "say", 20: "be"}, glued=(3, 5, 11, 12, 15, 17, 22, 23))
    assert quotations_found(doc, NORA, ("Date", "May")) == [
        ("Nora Vik", "the bridge will reopen in May.", "according-to"),
        ("Nora Vik", "The money is already there.", "said-before")]
