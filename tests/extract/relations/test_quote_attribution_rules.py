"""Attribution (``attribution``) on hand-built parses: the verb of speech before the opening
mark or after the closing one, a verb of naming whose object the quoted words name, "According
to X", a "Statement from X:" heading, and a name signed after a dash below the quotation."""

from __future__ import annotations

from tests.extract.relations.handbuilt import quotations_found, tagged

NORA, OLA = ("Person", "Nora Vik"), ("Person", "Ola Berg")
AGENCY = ("Organization", "Roads Agency")


def test_x_said_colon_gives_x_the_quotation_after() -> None:
    # 'Nora Vik said: "We will rebuild the bridge before winter."'
    doc = tagged('Nora Vik said : " We will rebuild the bridge before winter . "',
                 [1, 2, 2, 2, 2, 7, 7, 2, 9, 7, 7, 10, 2, 2],
                 "compound nsubj ROOT punct punct nsubj aux ccomp det dobj prep pobj punct punct",
                 "PROPN PROPN VERB PUNCT PUNCT PRON AUX VERB DET NOUN ADP NOUN PUNCT PUNCT",
                 {2: "say"}, glued=(2, 4, 11, 12))
    assert quotations_found(doc, NORA) == [("Nora Vik", "We will rebuild the bridge before winter.", "said-before")]


def test_x_said_after_the_closing_mark_gives_x_the_quotation_before() -> None:
    # '"The harbour is safe," Nora Vik said.'
    doc = tagged('" The harbour is safe , " Nora Vik said .',
                 [9, 2, 3, 9, 3, 9, 9, 8, 9, 9, 9],
                 "punct det nsubj ccomp acomp punct punct compound nsubj ROOT punct",
                 "PUNCT DET NOUN AUX ADJ PUNCT PUNCT PROPN PROPN VERB PUNCT",
                 {3: "be", 9: "say"}, glued=(0, 4, 5, 9))
    assert quotations_found(doc, NORA) == [("Nora Vik", "The harbour is safe,", "said-after")]


def test_a_question_is_spoken_by_the_one_who_asks_it_after_the_mark() -> None:
    # '"Why did the bridge close?" Nora Vik asked.' (the question mark does not end the search)
    doc = tagged('" Why did the bridge close ? " Nora Vik asked .',
                 [5, 5, 5, 4, 5, 5, 5, 5, 9, 10, 10, 10],
                 "punct advmod aux det nsubj ROOT punct punct compound nsubj ROOT punct",
                 "PUNCT SCONJ AUX DET NOUN ADJ PUNCT PUNCT PROPN PROPN VERB PUNCT",
                 {2: "do", 10: "ask"}, glued=(0, 5, 6, 10))
    assert quotations_found(doc, NORA) == [("Nora Vik", "Why did the bridge close?", "said-after")]


def test_x_called_the_plan_a_name_in_quotes_gives_x_that_name() -> None:
    # 'Nora Vik called the plan "a reckless gamble with our savings".'
    doc = tagged('Nora Vik called the plan " a reckless gamble with our savings " .',
                 [1, 2, 2, 4, 2, 4, 8, 8, 2, 8, 11, 9, 2, 2],
                 "compound nsubj ROOT det dobj punct det amod oprd prep poss pobj punct punct",
                 "PROPN PROPN VERB DET NOUN PUNCT DET ADJ NOUN ADP PRON NOUN PUNCT PUNCT",
                 {2: "call", 11: "saving"}, glued=(5, 11, 12))
    assert quotations_found(doc, NORA) == [("Nora Vik", "a reckless gamble with our savings", "said-before")]


def test_a_name_several_speakers_give_is_no_ones_quotation() -> None:
    # 'Nora Vik and Ola Berg described the plan as "a reckless gamble with savings".'
    doc = tagged('Nora Vik and Ola Berg described the plan as " a reckless gamble with savings " .',
                 [1, 5, 1, 4, 1, 5, 7, 5, 5, 8, 12, 12, 8, 12, 13, 5, 5],
                 "compound nsubj cc compound conj ROOT det dobj prep punct det amod pobj prep pobj punct punct",
                 "PROPN PROPN CCONJ PROPN PROPN VERB DET NOUN ADP PUNCT DET ADJ NOUN ADP NOUN PUNCT PUNCT",
                 {5: "describe", 14: "saving"}, glued=(9, 14, 15))
    assert quotations_found(doc, NORA, OLA) == []


def test_according_to_x_before_the_opening_mark_gives_x_the_quotation() -> None:
    # 'According to Nora Vik, "the bridge will reopen in May."'
    doc = tagged('According to Nora Vik , " the bridge will reopen in May . "',
                 [9, 0, 3, 1, 9, 9, 7, 9, 9, 9, 9, 10, 9, 9],
                 "prep prep compound pobj punct punct det nsubj aux ROOT prep pobj punct punct",
                 "VERB ADP PROPN PROPN PUNCT PUNCT DET NOUN AUX VERB ADP PROPN PUNCT PUNCT",
                 {0: "accord"}, glued=(3, 5, 11, 12))
    assert quotations_found(doc, NORA, ("Date", "May")) == [
        ("Nora Vik", "the bridge will reopen in May.", "according-to")]


def test_a_statement_from_x_heading_gives_x_the_quotation() -> None:
    # 'Statement from the Roads Agency: "The bridge will reopen in May."'
    doc = tagged('Statement from the Roads Agency : " The bridge will reopen in May . "',
                 [0, 0, 4, 4, 1, 0, 10, 8, 10, 10, 0, 10, 11, 10, 10],
                 "ROOT prep det compound pobj punct punct det nsubj aux acl prep pobj punct punct",
                 "NOUN ADP DET PROPN PROPN PUNCT PUNCT DET NOUN AUX VERB ADP PROPN PUNCT PUNCT",
                 {}, glued=(4, 6, 12, 13))
    assert quotations_found(doc, AGENCY, ("Date", "May")) == [
        ("Roads Agency", "The bridge will reopen in May.", "statement")]


def test_a_name_after_a_dash_below_the_quotation_signs_it() -> None:
    # '"We will rebuild the bridge before winter."\n-- Nora Vik, mayor'
    doc = tagged('" We will rebuild the bridge before winter . " \n -- Nora Vik , mayor',
                 [3, 3, 3, 3, 5, 3, 3, 6, 3, 13, 9, 13, 13, 13, 13, 13],
                 "punct nsubj aux ROOT det dobj prep pobj punct punct dep punct compound ROOT punct appos",
                 "PUNCT PRON AUX VERB DET NOUN ADP NOUN PUNCT PUNCT SPACE PUNCT PROPN PROPN PUNCT NOUN",
                 {}, glued=(0, 7, 8, 9, 10, 13))
    assert quotations_found(doc, NORA) == [("Nora Vik", "We will rebuild the bridge before winter.", "dash")]
