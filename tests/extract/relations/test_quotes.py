import pytest

from tests.extract.relations.helpers import facts, quotations
from text2kg.extract.relations.quotes import quoted_spans


def speakers(nlp, text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of each direct quotation the pipeline finds."""
    return [(q[0], q[2][:20]) for q in quotations(facts(nlp, text)) if q[1] == "quote"]


# --- finding quoted spans (no model) ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('She said: "We will win." Then she left.', ["We will win."]),
    ("She said: \u201cFirst part.\n\n\u201cSecond part.\u201d", ["First part.\n\n\u201cSecond part."]),
    ("\u201cFirst part.\n\nSecond part.\u201d", ["First part.\n\nSecond part."]),
    ('"First part.\n\n"Second part."', ['First part.\n\n"Second part.']),
    ("The board had \u2018lost confidence\u2019 in Illinois\u2019s governor.", ["lost confidence"]),
    ("He said the board had 'lost confidence' in him.", ["lost confidence"]),
    ("\u201cWe don\u2019t know,\u201d she said. \u201cThe students\u2019 union will decide.\u201d",
     ["We don\u2019t know,", "The students\u2019 union will decide."]),
    ('An open "quotation never closed.\n\nA new paragraph.', []),
    ("The \u201c 100 Concrete Steps \u201d plan.", [" 100 Concrete Steps "]),
    ('He wrote, "It was Joseph. " The story ends.', ["It was Joseph. "]),
    ('Commanding: "Stop that, you will be old ". Then "no more" came.', ["Stop that, you will be old ", "no more"]),
])
def test_quoted_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in quoted_spans(text)] == expected


# --- end to end, with the model -------------------------------------------------------------------

@pytest.mark.model
def test_quote_before_its_speaker_and_over_two_sentences(nlp) -> None:
    text = 'Tomas Lindqvist spoke in Geneva. "We have the plans. Until today we did not have the money," Lindqvist said.'
    assert quotations(facts(nlp, text)) == [
        ("Tomas Lindqvist", "quote", "We have the plans. Until today we did not have the money,", ())
    ]


@pytest.mark.model
def test_a_statement_announced_with_a_colon_runs_over_paragraphs(nlp) -> None:
    text = ("Governor Ellen Park issued the following statement today after the Senate approved the budget:\n\n"
            "\u201cThis budget protects our schools and our hospitals.\n\n"
            "\u201cIt also keeps taxes low for working families.\u201d")
    ((speaker, kind, quoted, _),) = quotations(facts(nlp, text))
    assert speaker == "Ellen Park" and quoted.startswith("This budget") and quoted.endswith("working families.")


@pytest.mark.model
def test_a_verb_of_speech_in_a_clause_before_a_colon_does_not_introduce_it(nlp) -> None:
    text = ('The report, which Amnesty International said was flawed, listed three demands: '
            '"free the prisoners, end the trials and open the prisons."')
    assert quotations(facts(nlp, text)) == []


@pytest.mark.model
def test_a_statement_announced_two_sentences_before(nlp) -> None:
    text = ("Governor Ellen Park issued the following statement today after the Senate approved the budget. "
            "The vote was close.\n\n\u201cThis budget protects our schools and our hospitals.\u201d")
    assert speakers(nlp, text) == [("Ellen Park", "This budget protects")]


@pytest.mark.model
def test_a_statement_under_a_heading(nlp) -> None:
    text = ("Statement from Press Secretary Karen Doyle:\n\n"
            "\u201cThe President met the Prime Minister of Japan this afternoon to discuss trade.\u201d")
    assert speakers(nlp, text) == [("Karen Doyle", "The President met th")]


@pytest.mark.model
def test_a_name_after_a_dash_signs_the_quotation_above(nlp) -> None:
    text = '"The Secretary accepted the resignation of the Director this morning."\n\n-- Department Spokesman Matt Reed'
    assert speakers(nlp, text) == [("Matt Reed", "The Secretary accept")]


@pytest.mark.model
def test_a_short_first_part_and_its_continuation(nlp) -> None:
    text = '"We will fight," Helen Smart said. "We will never surrender," she added.'
    ((speaker, _, quoted, _),) = quotations(facts(nlp, text))
    assert speaker == "Helen Smart" and quoted.startswith("We will fight") and quoted.endswith("surrender,")


@pytest.mark.model
def test_an_interrupted_quotation_continues_in_the_next_paragraph(nlp) -> None:
    text = ('"The plan is dead and buried," said Carl Lane, the union leader.\n\n'
            '"We will start again with a new team next year."')
    ((speaker, _, quoted, _),) = quotations(facts(nlp, text))
    assert speaker == "Carl Lane" and quoted.endswith("next year.")


@pytest.mark.model
def test_an_interrupted_quotation_with_a_long_attribution_and_he_said(nlp) -> None:
    text = ('"It is hard for me to be here today but I know my friend is going home," Sgt. Mark Hollis, 41, '
            'of Bristol, Connecticut said to the Associated Press. "He did what he had to do. He was a good man," he said.')
    ((speaker, _, quoted, _),) = quotations(facts(nlp, text))
    assert speaker == "Mark Hollis" and quoted.startswith("It is hard") and "a good man" in quoted


@pytest.mark.model
def test_the_sentence_after_is_looked_at_only_in_the_quotation_paragraph(nlp) -> None:
    text = 'Ann Roe spoke first.\n\n"We will appeal the ruling."\n\nTom Poe said nothing.'
    assert speakers(nlp, text) == [("Ann Roe", "We will appeal the r")]


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    'Helen Smart told the council: "We will rebuild every school in the district."',
    '"We will rebuild every school in the district," Helen Smart added.',
    'Helen Smart reported that "we will rebuild every school in the district."',
    '"We will rebuild every school in the district," according to Helen Smart.',
    'Helen Smart said in a statement: "We will rebuild every school in the district."',
])
def test_told_added_reported_according_to(nlp, sentence: str) -> None:
    assert [q[0] for q in quotations(facts(nlp, sentence))] == ["Helen Smart"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quoted"), [
    ("'We will fight this decision all the way,' Helen Smart said.", "We will fight this decision all the way,"),
    ("Helen Smart said: 'We will fight this decision all the way.'", "We will fight this decision all the way."),
    ('"Why did nobody warn the residents?" asked Helen Smart.', "Why did nobody warn the residents?"),
])
def test_single_marks_and_questions(nlp, text: str, quoted: str) -> None:
    assert quotations(facts(nlp, text)) == [("Helen Smart", "quote", quoted, ())]


@pytest.mark.model
@pytest.mark.parametrize("mark", ['"', "'"])
def test_a_short_fragment_reported_by_a_speech_verb(nlp, mark: str) -> None:
    text = f"Dan Kerr said the board had {mark}lost confidence{mark} in him after the vote."
    assert quotations(facts(nlp, text)) == [("Dan Kerr", "quote", "lost confidence", ())]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ("The Federal Aviation Agency opened an inquiry on Monday. The agency said in a statement: "
     '"We are reviewing every flight record from the past year."', "Federal Aviation Agency"),
    ("The Ministry of Water Resources published new figures. "
     '"Reserves are at their lowest level since records began," the ministry said.', "Ministry of Water Resources"),
])
def test_an_organisation_named_by_its_kind(nlp, text: str, speaker: str) -> None:
    assert [q[0] for q in quotations(facts(nlp, text))] == [speaker]


@pytest.mark.model
def test_the_company_is_the_organisation_named_just_before(nlp) -> None:
    text = ("Google said on Monday that its profits rose. "
            '"We had a very strong quarter across every business," the company said in a statement.')
    assert [q[0] for q in quotations(facts(nlp, text))] == ["Google"]


@pytest.mark.model
@pytest.mark.parametrize("subject", ["Tom Poe's lawyer", "The lawyer for Tom Poe", "A spokesman for Tom Poe"])
def test_someone_speaking_for_a_person_is_not_that_person(nlp, subject: str) -> None:
    text = f'{subject} said: "My client will plead not guilty to every charge."'
    assert quotations(facts(nlp, text)) == []


@pytest.mark.model
def test_someone_said_to_be_something_is_not_speaking(nlp) -> None:
    text = 'The party is led by Ali Reza, and Omid Karimi is said to be the "spiritual leader" behind the group.'
    assert quotations(facts(nlp, text)) == []


@pytest.mark.model
def test_the_chairman_is_the_person_given_that_title_before(nlp) -> None:
    text = ('Senate Foreign Relations Committee Chairman John Kerry spoke today. '
            '"I am pleased that the full Senate confirmed her," said the Chairman.')
    assert [q[0] for q in quotations(facts(nlp, text))] == ["John Kerry"]


@pytest.mark.model
def test_the_title_given_in_apposition_before(nlp) -> None:
    text = ("Ban Ki-moon, the UN Secretary-General, visited the camp on Monday. "
            'Later the Secretary-General said: "No child should live like this."')
    assert [q[0] for q in quotations(facts(nlp, text))] == ["Ban Ki-moon"]


@pytest.mark.model
def test_quoted_as_saying(nlp) -> None:
    text = 'Helen Smart was quoted as saying "the plan to rebuild the schools is dead."'
    assert [q[0] for q in quotations(facts(nlp, text))] == ["Helen Smart"]


@pytest.mark.model
def test_a_title_of_someone_else_is_not_theirs(nlp) -> None:
    text = ("The mission thanked Special Representative of the Secretary-General Ashraf Qazi. "
            'As the Secretary-General said, "The success of the election augurs well for the transition."')
    assert quotations(facts(nlp, text)) == []


@pytest.mark.model
def test_he_said_is_the_nearest_person_subject_before(nlp) -> None:
    text = 'Paul Dorn visited the plant on Friday. "We will keep every job here until the end of the year," he said.'
    assert speakers(nlp, text) == [("Paul Dorn", "We will keep every j")]


@pytest.mark.model
def test_he_said_after_a_quotation_is_its_speaker(nlp) -> None:
    text = ('Paul Dorn and Lisa Grant met on Friday. Grant said the talks went well. "We have a deal," Dorn said. '
            '"It will hold for ten years. Nobody expected that," he said.')
    ((speaker, _, quoted, _),) = quotations(facts(nlp, text))
    assert speaker == "Paul Dorn" and quoted.startswith("We have a deal") and quoted.endswith("expected that,")


@pytest.mark.model
def test_a_title_before_a_name_does_not_speak(nlp) -> None:
    text = 'BBC chief political correspondent Jo Lane said, "The government has lost its majority in the house."'
    assert [q[0] for q in quotations(facts(nlp, text))] == ["Jo Lane"]


@pytest.mark.model
def test_the_next_sentence_does_not_speak_a_closed_quotation(nlp) -> None:
    text = 'Ann Roe said, "We will appeal the ruling." Tom Poe said nothing.'
    assert [q[0] for q in quotations(facts(nlp, text))] == ["Ann Roe"]


@pytest.mark.model
def test_a_pronoun_speaker_is_the_last_person_who_was_a_subject(nlp) -> None:
    text = ("Maryam Rajavi, the opposition leader, addressed the rally and asked for help for Raisi's victims. "
            "She urged the United States and Europe to act now.")
    (call,) = quotations(facts(nlp, text))
    assert call[:2] == ("Maryam Rajavi", "call") and set(call[3]) == {"United States", "Europe"}


@pytest.mark.model
def test_said_inside_a_quotation_is_not_its_subject_speaking(nlp) -> None:
    text = 'The report opened with a line: "Raisi said nothing at all about the massacre in those years."'
    assert [q for q in quotations(facts(nlp, text)) if q[0] == "Raisi"] == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    'Amnesty International said there are no "moderates" in the regime, in a report entitled "Blood-Soaked Secrets."',
    'Amnesty International said the report, "The Long Road Home", was published in May.',
    'Senator Ann Roe, known as "the Iron Lady of the Senate", voted against the bill.',
    'Critics called the stadium a "vanity project for the rich" on Monday.',
    'The festival \u2018 Chopin and his Europe\u2019 \u2013 organised by the Fryderyk Chopin Institute - opened.',
    'Nursultan Nazarbayev announced the \u201c 100 Concrete Steps \u201d plan to carry out the reforms.',
    'He also wrote a memoir in 1840 "Roads and rivers of my home country" about his travels.',
])
def test_scare_quotes_titles_and_nicknames_are_not_quotations(nlp, text: str) -> None:
    assert [q for q in quotations(facts(nlp, text)) if q[1] == "quote"] == []


@pytest.mark.model
def test_adding_speaks_for_the_subject_of_the_verb_it_follows(nlp) -> None:
    text = ('Helen Smart, the mayor, was blunt on Tuesday. "The plan is dead. We start again," she told the council, '
            'adding: "Nobody will lose a job over this."')
    assert [q[0] for q in quotations(facts(nlp, text))] == ["Helen Smart", "Helen Smart"]


@pytest.mark.model
def test_according_to_something_said_by_someone_is_not_their_speech(nlp) -> None:
    text = ("According to a resolution that was added by Board Chair Florence Devouard on the website, "
            "Sue Gardner has been confirmed as the new director.")
    assert quotations(facts(nlp, text)) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker", "first_words"), [
    # an organisation as "it"
    ('The World Health Organization issued a warning. "The outbreak is not under control," it said.',
     "World Health Organization", "The outbreak"),
    # a verb of naming: the object named with the quoted words
    ('Omar Haddad called the ruling "a disgrace" on Tuesday.', "Omar Haddad", "a disgrace"),
    ('In a statement, Vera Lind praised the mayor, describing her as "a builder of bridges in hard times."',
     "Vera Lind", "a builder of bridges"),
    # the subject of the quoted words is no name given to them
    ('The Daily Courier reported that the mayor "had no idea" about the contract.', "Daily Courier", "had no idea"),
    # according to a statement from an organisation
    ('According to a statement from the Orvik Ministry of Health, "all schools will reopen on Monday."',
     "Orvik Ministry of Health", "all schools"),
    # quoted by a newspaper
    ('The Orvik Times quoted Ada Berg as saying: "The mine will close."', "Ada Berg", "The mine will close."),
    # an interrupted quotation going on mid-sentence after the attribution's comma, as one
    ('"We did not expect this," Ada Berg said, "but we are ready for the next storm."', "Ada Berg",
     'We did not expect this," Ada Berg said, "but we are ready for the next storm.'),
    # an interrupted quotation going on after a dash, as one
    ('"We were lucky today" \u2014 Ada Berg said \u2014 "but we will take the points."', "Ada Berg",
     'We were lucky today" \u2014 Ada Berg said \u2014 "but we will take the points.'),
    # a statement from an organisation as the subject, and a bare "police" for the police named before
    ('"We are shocked," said a statement from the Orvik Teachers Union.', "Orvik Teachers Union", "We are shocked"),
    ('The Orvik Police Department said two men were arrested. "Both are known to us," police said.',
     "Orvik Police Department", "Both are known"),
    # a name with an age set off after it, opening the text, is no dateline's place
    ('Ada Berg, 52, a teacher from Orvik, said she was "shocked and angry" at the decision.', "Ada Berg", "shocked"),
    # addressing a crowd, then the quotation alone
    ('Lena Varga addressed the crowd on Sunday. "Our city deserves better than this."', "Lena Varga", "Our city"),
])
def test_naming_addressing_and_organisations_as_it(nlp, text: str, speaker: str, first_words: str) -> None:
    assert [(q[0], q[2][: len(first_words)]) for q in quotations(facts(nlp, text)) if q[1] == "quote"] == [
        (speaker, first_words)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ('At the hearing, Senator Clara Voss said: "The budget will not pass this year."', "Clara Voss"),
    ('"We did everything we could," said Rafael Ortiz. "The water simply came too fast."', "Rafael Ortiz"),
    ('"The factory will stay open," Ines Madsen said. "Nobody will lose a job this winter."', "Ines Madsen"),
    ('Mayor Bruno Keller spoke to reporters outside the town hall. "The bridge will be rebuilt by spring."',
     "Bruno Keller"),
    ('"Prices will keep rising for a while," Marco Bellini told the newspaper.', "Marco Bellini"),
    ('"This is only the beginning," Yusuf Demir added.', "Yusuf Demir"),
    ('Greta Lund said the committee had "acted in bad faith" during the review.', "Greta Lund"),
    ('Northwind Airlines cancelled 40 flights. "Safety comes first," the airline said in a statement.',
     "Northwind Airlines"),
    ('Tomas Berg met Anna Kowalski in Warsaw. Berg praised the deal. "It is a good day for both countries," he said.',
     "Tomas Berg"),
    ('Reuters senior economics correspondent Lina Ahmed said, "The numbers do not add up."', "Lina Ahmed"),
    ('Felix Braun said, "The deal is done."\n\nMaria Stein said later that she disagreed.', "Felix Braun"),
])
def test_each_pattern_gives_one_quotation_to_its_speaker(nlp, text: str, speaker: str) -> None:
    """One quotation (interrupted parts joined), given to the one who speaks it."""
    assert [q[0] for q in quotations(facts(nlp, text)) if q[1] == "quote"] == [speaker]


@pytest.mark.model
def test_a_term_several_speakers_use_is_no_quotation(nlp) -> None:
    text = ('The Orvik Bar Association, the Velka Parliament and many judges have described the ruling as '
            'a "threat to the courts."')
    assert [q for q in quotations(facts(nlp, text)) if q[1] == "quote"] == []


@pytest.mark.model
def test_one_verb_reports_two_fragments(nlp) -> None:
    text = 'Ada Berg said the club was "in good shape" and that the fans were "the best in the whole country."'
    assert [(q[0], q[2]) for q in quotations(facts(nlp, text)) if q[1] == "quote"] == [
        ("Ada Berg", "in good shape"), ("Ada Berg", "the best in the whole country.")]
