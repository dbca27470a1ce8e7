"""Quotations (``quotes``) on hand-built parses: an interrupted quotation is one quotation, a
short quoted phrase counts only inside reported words, a quotation standing alone is spoken by
the one a verb of speech names next to it, "According to X, ..." is reported speech, and
"X called on Y to ...", "X urged Y to ..." are calls with addressees."""

from __future__ import annotations

from tests.extract.relations.handbuilt import quotations_found, tagged

NORA, OLA = ("Person", "Nora Vik"), ("Person", "Ola Berg")
AGENCY = ("Organization", "Roads Agency")


def test_a_quotation_interrupted_by_its_attribution_is_one_quotation() -> None:
    # '"We will rebuild the bridge," said Nora Vik, the mayor. "The money is already there."'
    doc = tagged('" We will rebuild the bridge , " said Nora Vik , the mayor . " The money is already there . "',
                 [8, 3, 3, 8, 5, 3, 8, 8, 8, 10, 8, 10, 13, 10, 8, 18, 17, 18, 18, 18, 18, 18, 18],
                 "punct nsubj aux ccomp det dobj punct punct ROOT compound nsubj punct det appos punct punct det "
                 "nsubj ROOT advmod advmod punct punct",
                 "PUNCT PRON AUX VERB DET NOUN PUNCT PUNCT VERB PROPN PROPN PUNCT DET NOUN PUNCT PUNCT DET NOUN AUX "
                 "ADV ADV PUNCT PUNCT",
                 {8: "say", 18: "be"}, glued=(0, 5, 6, 10, 13, 15, 20, 21))
    assert quotations_found(doc, NORA) == [
        ("Nora Vik", 'We will rebuild the bridge," said Nora Vik, the mayor. "The money is already there.', "said-after")]


def test_a_sentence_between_two_parts_keeps_the_second_from_the_first_speaker() -> None:
    # '"We will rebuild the bridge," said Nora Vik. Ola Berg disagreed. "The money is gone."'
    doc = tagged('" We will rebuild the bridge , " said Nora Vik . Ola Berg disagreed . " The money is gone . "',
                 [8, 3, 3, 8, 5, 3, 8, 8, 8, 10, 8, 8, 13, 14, 14, 14, 20, 18, 19, 20, 20, 20, 20],
                 "punct nsubj aux ccomp det dobj punct punct ROOT compound nsubj punct compound nsubj ROOT punct "
                 "punct det nsubj auxpass ROOT punct punct",
                 "PUNCT PRON AUX VERB DET NOUN PUNCT PUNCT VERB PROPN PROPN PUNCT PROPN PROPN VERB PUNCT PUNCT DET "
                 "NOUN AUX VERB PUNCT PUNCT",
                 {8: "say", 14: "disagree", 19: "be", 20: "go"}, glued=(0, 5, 6, 10, 14, 16, 20, 21))
    assert quotations_found(doc, NORA, OLA) == [("Nora Vik", "We will rebuild the bridge,", "said-after")]


def test_a_short_phrase_reported_by_a_verb_of_speech_is_a_quotation() -> None:
    # 'Nora Vik said the council had "lost its nerve" over the bridge.'
    doc = tagged('Nora Vik said the council had " lost its nerve " over the bridge .',
                 [1, 2, 2, 4, 7, 7, 7, 2, 9, 7, 7, 7, 13, 11, 2],
                 "compound nsubj ROOT det nsubj aux punct ccomp poss dobj punct prep det pobj punct",
                 "PROPN PROPN VERB DET NOUN AUX PUNCT VERB PRON NOUN PUNCT ADP DET NOUN PUNCT",
                 {2: "say", 5: "have", 7: "lose"}, glued=(6, 9, 13))
    assert quotations_found(doc, NORA) == [("Nora Vik", "lost its nerve", "said-before")]


def test_a_short_phrase_no_verb_of_speech_reports_is_no_quotation() -> None:
    # 'Nora Vik met the council, which had "lost its nerve" over the bridge.'
    doc = tagged('Nora Vik met the council , which had " lost its nerve " over the bridge .',
                 [1, 2, 2, 4, 2, 4, 9, 9, 9, 4, 11, 9, 9, 9, 15, 13, 2],
                 "compound nsubj ROOT det dobj punct nsubj aux punct relcl poss dobj punct prep det pobj punct",
                 "PROPN PROPN VERB DET NOUN PUNCT PRON AUX PUNCT VERB PRON NOUN PUNCT ADP DET NOUN PUNCT",
                 {2: "meet", 7: "have", 9: "lose"}, glued=(4, 8, 11, 15))
    assert quotations_found(doc, NORA) == []


def test_a_nickname_before_said_is_no_quotation() -> None:
    # 'Nora Vik, known as "the bridge lady", said the vote was close.' (a short phrase is a
    # quotation after its verb of speech only when it opens its sentence)
    doc = tagged('Nora Vik , known as " the bridge lady " , said the vote was close .',
                 [1, 11, 1, 1, 3, 4, 8, 8, 4, 1, 1, 11, 13, 14, 11, 14, 11],
                 "compound nsubj punct acl prep punct det compound pobj punct punct ROOT det nsubj ccomp acomp punct",
                 "PROPN PROPN PUNCT VERB ADP PUNCT DET NOUN NOUN PUNCT PUNCT VERB DET NOUN AUX ADJ PUNCT",
                 {3: "know", 11: "say", 14: "be"}, glued=(1, 5, 8, 9, 15))
    assert quotations_found(doc, NORA) == []

def test_the_title_of_a_work_in_quotes_is_no_quotation() -> None:
    # 'Nora Vik said she had read "The Long Winter Road" twice.'
    doc = tagged('Nora Vik said she had read " The Long Winter Road " twice .',
                 [1, 2, 2, 5, 5, 2, 5, 10, 10, 10, 5, 10, 5, 2],
                 "compound nsubj ROOT nsubj aux ccomp punct det compound compound dobj punct advmod punct",
                 "PROPN PROPN VERB PRON AUX VERB PUNCT DET PROPN PROPN PROPN PUNCT ADV PUNCT",
                 {2: "say", 4: "have"}, glued=(6, 10, 12))
    assert quotations_found(doc, NORA) == []


def test_a_quotation_standing_alone_is_spoken_by_the_one_who_spoke_in_the_sentence_before() -> None:
    # 'Nora Vik told reporters she was confident. "We will rebuild the bridge before winter."'
    doc = tagged('Nora Vik told reporters she was confident . " We will rebuild the bridge before winter . "',
                 [1, 2, 2, 2, 5, 2, 5, 2, 11, 11, 11, 11, 13, 11, 11, 14, 11, 11],
                 "compound nsubj ROOT dobj nsubj ccomp acomp punct punct nsubj aux ROOT det dobj prep pobj punct punct",
                 "PROPN PROPN VERB NOUN PRON AUX ADJ PUNCT PUNCT PRON AUX VERB DET NOUN ADP NOUN PUNCT PUNCT",
                 {2: "tell", 3: "reporter", 5: "be"}, glued=(6, 8, 15, 16))
    assert quotations_found(doc, NORA) == [("Nora Vik", "We will rebuild the bridge before winter.", "said-nearby")]


def test_according_to_x_reports_the_rest_of_the_sentence_as_xs() -> None:
    # 'According to Nora Vik, the bridge will reopen in May.'
    doc = tagged("According to Nora Vik , the bridge will reopen in May .",
                 [8, 0, 3, 1, 8, 6, 8, 8, 8, 8, 9, 8],
                 "prep prep compound pobj punct det nsubj aux ROOT prep pobj punct",
                 "VERB ADP PROPN PROPN PUNCT DET NOUN AUX VERB ADP PROPN PUNCT",
                 {0: "accord"}, glued=(3, 10))
    assert quotations_found(doc, NORA, ("Date", "May")) == [
        ("Nora Vik", "the bridge will reopen in May.", "according-to")]


def test_x_called_on_y_to_do_something_is_a_call_addressed_to_y() -> None:
    # 'Nora Vik called on the Roads Agency to reopen the bridge.'
    doc = tagged("Nora Vik called on the Roads Agency to reopen the bridge .",
                 [1, 2, 2, 2, 6, 6, 3, 8, 2, 10, 8, 2],
                 "compound nsubj ROOT prep det compound pobj aux xcomp det dobj punct",
                 "PROPN PROPN VERB ADP DET PROPN PROPN PART VERB DET NOUN PUNCT",
                 {2: "call"}, glued=(10,))
    assert quotations_found(doc, NORA, AGENCY, fields=("kind", "text", "addressees", "rule")) == [
        ("Nora Vik", "call", "to reopen the bridge", ("Roads Agency",), "called-on")]


def test_x_urged_y_to_do_something_is_a_call_addressed_to_y() -> None:
    # 'Nora Vik urged the Roads Agency to reopen the bridge.'
    doc = tagged("Nora Vik urged the Roads Agency to reopen the bridge .",
                 [1, 2, 2, 5, 5, 2, 7, 2, 9, 7, 2],
                 "compound nsubj ROOT det compound dobj aux xcomp det dobj punct",
                 "PROPN PROPN VERB DET PROPN PROPN PART VERB DET NOUN PUNCT",
                 {2: "urge"}, glued=(9,))
    assert quotations_found(doc, NORA, AGENCY, fields=("kind", "text", "addressees", "rule")) == [
        ("Nora Vik", "call", "to reopen the bridge", ("Roads Agency",), "urged")]


def test_a_quotation_standing_alone_is_spoken_by_the_one_who_speaks_in_the_sentence_after() -> None:
    # '"We will rebuild the bridge before winter." Nora Vik told reporters that the work would start soon.'
    doc = tagged('" We will rebuild the bridge before winter . " Nora Vik told reporters that the work would start '
                 "soon .",
                 [3, 3, 3, 3, 5, 3, 3, 6, 3, 3, 11, 12, 12, 12, 18, 16, 18, 18, 12, 18, 12],
                 "punct nsubj aux ROOT det dobj prep pobj punct punct compound nsubj ROOT dobj mark det nsubj aux "
                 "ccomp advmod punct",
                 "PUNCT PRON AUX VERB DET NOUN ADP NOUN PUNCT PUNCT PROPN PROPN VERB NOUN SCONJ DET NOUN AUX VERB ADV "
                 "PUNCT",
                 {12: "tell", 13: "reporter"}, glued=(0, 7, 8, 19))
    assert quotations_found(doc, NORA) == [("Nora Vik", "We will rebuild the bridge before winter.", "said-nearby")]


def test_saying_nothing_after_a_quotation_is_not_speaking_it() -> None:
    # '"We will rebuild the bridge before winter." Ola Berg said nothing.'
    doc = tagged('" We will rebuild the bridge before winter . " Ola Berg said nothing .',
                 [3, 3, 3, 3, 5, 3, 3, 6, 3, 3, 11, 12, 12, 12, 12],
                 "punct nsubj aux ROOT det dobj prep pobj punct punct compound nsubj ROOT dobj punct",
                 "PUNCT PRON AUX VERB DET NOUN ADP NOUN PUNCT PUNCT PROPN PROPN VERB PRON PUNCT",
                 {12: "say"}, glued=(0, 7, 8, 13))
    assert quotations_found(doc, OLA) == []


def test_a_statement_issued_two_sentences_before_the_quotation_is_its_source() -> None:
    # 'The Roads Agency issued the following statement on Monday. The vote was close. "The bridge will reopen in May."'
    doc = tagged('The Roads Agency issued the following statement on Monday . The vote was close . " The bridge will '
                 'reopen in May . "',
                 [2, 2, 3, 3, 6, 6, 3, 3, 7, 3, 11, 12, 12, 12, 12, 19, 17, 19, 19, 19, 19, 20, 19, 19],
                 "det compound nsubj ROOT det amod dobj prep pobj punct det nsubj ROOT acomp punct punct det nsubj aux "
                 "ROOT prep pobj punct punct",
                 "DET PROPN PROPN VERB DET VERB NOUN ADP PROPN PUNCT DET NOUN AUX ADJ PUNCT PUNCT DET NOUN AUX VERB ADP "
                 "PROPN PUNCT PUNCT",
                 {3: "issue", 5: "follow", 12: "be"}, glued=(8, 13, 15, 21, 22))
    assert quotations_found(doc, AGENCY, ("Date", "Monday"), ("Date", "May")) == [
        ("Roads Agency", "The bridge will reopen in May.", "said-nearby")]


def test_she_said_after_the_second_part_continues_the_quotation() -> None:
    # '"We have a deal," Nora Vik said. "It will hold for ten years," she said.'
    doc = tagged('" We have a deal , " Nora Vik said . " It will hold for ten years , " she said .',
                 [9, 2, 9, 4, 2, 9, 9, 8, 9, 9, 9, 14, 14, 14, 21, 14, 17, 15, 21, 21, 21, 21, 21],
                 "punct nsubj ccomp det dobj punct punct compound nsubj ROOT punct punct nsubj aux ccomp prep nummod "
                 "pobj punct punct nsubj ROOT punct",
                 "PUNCT PRON VERB DET NOUN PUNCT PUNCT PROPN PROPN VERB PUNCT PUNCT PRON AUX VERB ADP NUM NOUN PUNCT "
                 "PUNCT PRON VERB PUNCT",
                 {9: "say", 17: "year", 21: "say"}, glued=(0, 4, 5, 9, 11, 17, 18, 21))
    assert quotations_found(doc, NORA) == [
        ("Nora Vik", 'We have a deal," Nora Vik said. "It will hold for ten years,', "said-after")]
