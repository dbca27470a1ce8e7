from text2kg.extract.resolve import Name, cluster_names

BLOCKED = frozenset({"president", "council"})


def groups(*names: Name) -> list[list[str]]:
    numbers = cluster_names(list(names), BLOCKED)
    out: dict[int, list[str]] = {}
    for name, number in zip(names, numbers):
        out.setdefault(number, []).append(name.text)
    return list(out.values())


def test_surname_joins_the_one_full_name_whatever_the_model_called_it() -> None:
    assert groups(Name("Ebrahim Raisi", "PERSON"), Name("Raisi", "GPE"), Name("Raisi", "ORG")) == [
        ["Ebrahim Raisi", "Raisi", "Raisi"]
    ]


def test_shared_surname_stays_apart_when_ambiguous() -> None:
    assert groups(Name("Anna Berg", "PERSON"), Name("Jonas Berg", "PERSON"), Name("Berg", "PERSON")) == [
        ["Anna Berg"], ["Jonas Berg"], ["Berg"]
    ]


def test_acronym_joins_the_name_of_its_initials() -> None:
    assert groups(Name("European Union", "ORG"), Name("EU", "ORG"), Name("Europe", "LOC")) == [
        ["European Union", "EU"], ["Europe"]
    ]


def test_dotted_and_undotted_forms_are_one() -> None:
    assert groups(Name("U.N.", "ORG"), Name("UN", "ORG")) == [["U.N.", "UN"]]


def test_rule_links_join_names() -> None:
    assert groups(Name("Mujahedin-e Khalq", link="a"), Name("PMOI", "ORG", link="a"), Name("PMOI", "PERSON")) == [
        ["Mujahedin-e Khalq", "PMOI", "PMOI"]
    ]


def test_a_place_inside_a_longer_name_is_not_that_name() -> None:
    assert groups(
        Name("National Council of Resistance of Iran", "ORG"), Name("Iran", "GPE"),
        Name("New York Times", "ORG"), Name("New York", "GPE"),
    ) == [["National Council of Resistance of Iran"], ["Iran"], ["New York Times"], ["New York"]]


def test_titles_alone_do_not_join_names() -> None:
    assert groups(Name("Human Rights Council", "ORG"), Name("Council", "ORG")) == [
        ["Human Rights Council"], ["Council"]
    ]


def test_first_word_of_an_organisation_joins_it() -> None:
    assert groups(Name("Amnesty International", "ORG"), Name("Amnesty", "PERSON")) == [
        ["Amnesty International", "Amnesty"]
    ]


def test_demonym_joins_its_place() -> None:
    assert groups(Name("Germany", "GPE"), Name("German", "GPE", means="Germany")) == [["Germany", "German"]]


def test_an_organisations_name_is_not_the_start_of_a_longer_name() -> None:
    names = [Name("Varden Council", "ORG"), Name("Varden Council Observers", "ORG")]
    assert cluster_names(names, BLOCKED, frozenset({"council"})) == [0, 1]
    assert cluster_names([Name("Amsel", "ORG"), Name("Amsel Partners", "ORG")], BLOCKED, frozenset({"council"})) == [0, 0]


def test_an_institution_named_alone_is_not_the_end_of_a_longer_name() -> None:
    assert groups(Name("Halloway House", "ORG"), Name("House", "ORG")) == [["Halloway House", "House"]]
    assert cluster_names([Name("Halloway House", "ORG"), Name("House", "ORG")], BLOCKED | {"house"}) == [0, 1]


def test_a_countrys_short_form_opening_a_name_is_its_long_form() -> None:
    names = [Name("United States Harbor Service", "ORG"), Name("U.S. Harbor Service", "ORG"), Name("UK Harbor Service", "ORG")]
    short = {"us": "united states", "uk": "united kingdom"}
    assert cluster_names(names, BLOCKED, frozenset(), short) == [0, 0, 1]


def test_first_and_last_names_join_the_one_name_with_a_middle_name() -> None:
    assert groups(Name("Ada Rook Berg", "PERSON"), Name("Ada Berg", "PERSON"), Name("Ada Lind", "PERSON")) == [
        ["Ada Rook Berg", "Ada Berg"], ["Ada Lind"]
    ]
    assert groups(Name("Ada Rook Berg", "PERSON"), Name("Ada K. Berg", "PERSON"), Name("Ada Berg", "PERSON")) == [
        ["Ada Rook Berg"], ["Ada K. Berg"], ["Ada Berg"]
    ]  # two fits: left apart
