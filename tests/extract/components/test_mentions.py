"""``text2kg_mentions`` and ``text2kg_boilerplate`` on hand-built docs."""

from tests.conftest import build_doc, entities_of, run_components


def test_determiners_and_possessives_are_stripped_and_lone_lowercase_words_dropped(blank) -> None:
    doc = build_doc(
        blank,
        ["Leaders", "of", "the", "European", "Union", "'s", "supreme", "body", "met", "."],
        ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-ORG", "O", "O", "O"],
        spaces=[True, True, True, True, False, True, True, True, False, False],
    )
    assert entities_of(run_components(blank, doc)) == {
        "European Union": {"type": "Organization", "aliases": [], "mentions": ["European Union"]}
    }


def test_bracketed_acronyms_join_the_name_they_abbreviate(blank) -> None:
    words = ["members", "of", "the", "Mujahedin", "-", "e", "Khalq", "(", "MEK", "/", "PMOI", ")", "."]
    doc = build_doc(
        blank,
        words,
        ents=["O", "O", "O", "O", "O", "O", "B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
        spaces=[True, True, True, False, False, True, True, False, False, False, False, False, False],
    )
    assert entities_of(run_components(blank, doc)) == {
        "Mujahedin-e Khalq": {
            "type": "Organization",
            "aliases": ["MEK", "PMOI"],
            "mentions": ["Mujahedin-e Khalq", "MEK", "PMOI"],
        }
    }


def test_organisation_for_a_place_is_one_name(blank) -> None:
    doc = build_doc(
        blank,
        ["the", "U.N.", "Special", "Court", "for", "Sierra", "Leone", "ruled"],
        ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "O"],
    )
    assert list(entities_of(run_components(blank, doc))) == ["U.N. Special Court for Sierra Leone"]


def test_a_comma_between_two_names_joins_nothing(blank) -> None:
    doc = build_doc(
        blank,
        ["Amnesty", "International", ",", "Sierra", "Leone", "and", "Belgium"],
        ents=["B-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "O", "B-GPE"],
        spaces=[True, False, True, True, True, True, False],
    )
    found = entities_of(run_components(blank, doc))
    assert {label: e["type"] for label, e in found.items()} == {
        "Amnesty International": "Organization", "Sierra Leone": "Place", "Belgium": "Place"
    }


def test_nationality_adjective_is_a_mention_of_its_country(blank) -> None:
    doc = build_doc(
        blank,
        ["A", "German", "racer", "won", "in", "Germany", "."],
        ents=["O", "B-NORP", "O", "O", "O", "B-GPE", "O"],
    )
    assert entities_of(run_components(blank, doc)) == {
        "Germany": {"type": "Place", "aliases": ["German"], "mentions": ["German", "Germany"]}
    }


def test_religions_and_parties_as_adjectives_are_not_places(blank) -> None:
    doc = build_doc(blank, ["a", "Muslim", "woman"], ents=["O", "B-NORP", "O"])
    assert entities_of(run_components(blank, doc)) == {}


def test_year_range_called_a_number_is_a_date(blank) -> None:
    doc = build_doc(
        blank,
        ["Kumi", "Naidoo", ",", "secretary", "(", "2018–2020", ")"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-CARDINAL", "O"],
        spaces=[True, False, True, True, False, False, False],
    )
    doc = run_components(blank, doc)
    dates = [v for v in doc._.text2kg_entities.values() if v["type"] == "Date"]
    assert dates == [{"label": "2018–2020", "type": "Date", "aliases": [], "value": "2018/2020"}]


def test_ages_and_durations_are_not_dates(blank) -> None:
    doc = build_doc(
        blank,
        ["Halden", ",", "67", ",", "waited", "nine", "days", "in", "1999"],
        ents=["B-PERSON", "O", "B-DATE", "O", "O", "B-DATE", "I-DATE", "O", "B-DATE"],
    )
    doc = run_components(blank, doc)
    assert [v["label"] for v in doc._.text2kg_entities.values() if v["type"] == "Date"] == ["1999"]


def test_names_on_image_credit_lines_are_dropped(blank) -> None:
    words = ["Raisi", "spoke", ".", "\n", "Image", ":", "Jane", "Roe", "via", "Pixabay", ",", "Pixabay", "License", "."]
    spaces = [True, False, False, False, False, True, True, True, True, False, True, True, False, False]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O"]
    doc = run_components(blank, build_doc(blank, words, spaces=spaces, ents=ents))
    assert doc.text.splitlines()[1] == "Image: Jane Roe via Pixabay, Pixabay License."
    assert list(entities_of(doc)) == ["Raisi"]


def test_a_name_does_not_run_across_a_line_break(blank) -> None:
    words = ["Home", "World", "\n\n", "Valdoria", "votes", "in", "Home", "World"]
    spaces = [True, False, False, True, True, True, True, False]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]
    doc = run_components(blank, build_doc(blank, words, spaces=spaces, ents=ents))
    assert sorted(s.text for s in doc.spans["text2kg_mentions"])[:2] == ["Home World", "Home World"]
    assert "Valdoria" in {s.text for s in doc.spans["text2kg_mentions"]}


def test_a_title_case_fragment_of_a_headline_names_nothing_the_body_does_not(blank) -> None:
    words = ["Brisco", "Names", "Tallow", "Chief", "\n\n", "Brisco", "Ltd", "hired", "Ona", "Tallow", "."]
    spaces = [True, True, True, False, False, True, True, True, True, False, False]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"]
    doc = run_components(blank, build_doc(blank, words, spaces=spaces, ents=ents))
    # the fragment "Brisco Names Tallow" is gone; the surname of a person the body names is found again
    assert [s.text for s in doc.spans["text2kg_mentions"]] == ["Tallow", "Brisco Ltd", "Ona Tallow"]
    assert entities_of(doc)["Ona Tallow"]["mentions"] == ["Tallow", "Ona Tallow"]


def test_a_day_the_model_called_a_number_joins_its_month(blank) -> None:
    words = ["The", "Hague", ",", "2", "October", "2023", "—", "The", "trial", "opened"]
    ents = ["O", "B-GPE", "O", "B-CARDINAL", "B-DATE", "I-DATE", "O", "O", "O", "O"]
    doc = run_components(blank, build_doc(blank, words, ents=ents))
    found = {v["label"]: v for v in doc._.text2kg_entities.values()}
    assert found["2 October 2023"]["value"] == "2023-10-02"
    assert found["The Hague"]["type"] == "Place"


def test_a_title_in_an_organisations_name_is_cut_out_and_the_person_kept(blank) -> None:
    doc = build_doc(
        blank,
        ["Velbrook", "Board", "Chair", "Ottilie", "Marrow", "said", "."],
        ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
    )
    found = entities_of(run_components(blank, doc))
    assert found["Ottilie Marrow"]["type"] == "Person"
    assert found["Velbrook"]["type"] == "Organization"
    assert "Velbrook Board Chair Ottilie Marrow" not in found


def test_a_portfolio_alone_is_no_organisation(blank) -> None:
    doc = build_doc(
        blank,
        ["Secretary", "of", "State", "Ilse", "Darrow", "met", "the", "Defense", "Secretary", "."],
        ents=["O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"],
    )
    found = entities_of(run_components(blank, doc))
    assert set(found) == {"Ilse Darrow"}


def test_a_name_does_not_run_over_a_spaced_dash(blank) -> None:
    doc = build_doc(
        blank,
        ["KESTON", ",", "Vale", "-", "Harrow", "Trust", "said", "."],
        ents=["B-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
        spaces=[False, True, True, True, True, True, False, False],
    )
    found = entities_of(run_components(blank, doc))
    assert "Harrow Trust" in found and "Vale - Harrow Trust" not in found


def test_a_bracket_after_a_person_is_not_their_acronym(blank) -> None:
    doc = build_doc(
        blank,
        ["Leader", "Corin", "J.", "Abbot", "(", "MD", ")", "spoke", "."],
        ents=["B-GPE", "I-GPE", "I-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O"],
        spaces=[True, True, True, True, False, False, True, False, False],
    )
    found = entities_of(run_components(blank, doc))
    assert found["Corin J. Abbot"] == {"type": "Person", "aliases": [], "mentions": ["Corin J. Abbot"]}


def test_a_name_cut_after_a_joining_word_is_joined_again(blank) -> None:
    doc = build_doc(
        blank,
        ["the", "Corvane", "Agency", "for", "Rural", "Renewal", "paid", "Holt", ",", "Ames", "and", "Pell", "."],
        ents=["O", "B-ORG", "I-ORG", "I-ORG", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-ORG", "O"],
        spaces=[True, True, True, True, True, True, True, False, True, True, True, False, False],
    )
    found = entities_of(run_components(blank, doc))
    assert set(found) == {"Corvane Agency for Rural Renewal", "Holt, Ames and Pell"}


def test_an_organisation_for_the_field_it_serves_is_one_name(blank) -> None:
    doc = build_doc(
        blank,
        ["the", "Ostrow", "Center", "for", "the", "Folk", "Arts", "opened"],
        ents=["O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O"],
    )
    assert set(entities_of(run_components(blank, doc))) == {"Ostrow Center for the Folk Arts"}
