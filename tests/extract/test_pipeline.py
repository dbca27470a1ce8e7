"""End to end with the real model: facts a user relies on, not one model's every tag."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLES, SHARED
from text2kg.documents import read_documents
from text2kg.extract import extract, load_pipeline
from text2kg.extract.model import default_model
from text2kg.records import Document, Extraction

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def samples(nlp) -> dict[str, Extraction]:
    return {e.document.id: e for e in extract(read_documents([SAMPLES]), nlp)}


def by_label(extraction: Extraction) -> dict[str, tuple[str, set[str]]]:
    return {e.label: (e.type, set(e.aliases)) for e in extraction.entities}


def test_every_sample_is_read(samples) -> None:
    assert sorted(samples) == [
        "election-night.html", "flood-relief-summit.txt", "tribunal-opens.md",
        "wire-2023-1009", "wire-2024-0412", "wire-2024-0415",
    ]


def test_mention_offsets_slice_the_document_text_exactly(samples) -> None:
    for extraction in samples.values():
        text = extraction.document.text
        for entity in extraction.entities:
            for m in entity.mentions:
                assert text[m.start : m.end] == m.text
                sentence = extraction.sentences[m.sentence]
                assert sentence.start <= m.start and m.end <= sentence.end


def test_each_person_and_organisation_comes_out_once(samples) -> None:
    for extraction in samples.values():
        labels = Counter(e.label for e in extraction.entities if e.type in ("Person", "Organization"))
        assert [label for label, n in labels.items() if n > 1] == []


def test_acronyms_join_their_long_forms(samples) -> None:
    found = by_label(samples["flood-relief-summit.txt"])
    orgs = {label: aliases for label, (type_, aliases) in found.items() if type_ == "Organization"}
    assert orgs["International Federation of Red Cross and Red Crescent Societies"] == {"IFRC"}
    ocha = [label for label, aliases in orgs.items() if "OCHA" in aliases]
    assert len(ocha) == 1 and ocha[0].endswith("Office for the Coordination of Humanitarian Affairs")


def test_people_are_named_in_full_without_their_titles(samples) -> None:
    found = by_label(samples["flood-relief-summit.txt"])
    people = {label: aliases for label, (type_, aliases) in found.items() if type_ == "Person"}
    assert people["Amara Okafor"] == {"Okafor"}
    assert people["Mei Tanaka"] == {"Tanaka"}
    assert not any(label.startswith(("Dr", "President")) for label in people)


def test_boilerplate_and_page_scripts_give_no_entities(samples) -> None:
    all_labels = {e.label for ex in samples.values() for e in ex.entities}
    all_aliases = {a for ex in samples.values() for e in ex.entities for a in e.aliases}
    assert not {"Wikimedia Commons", "Grace Liu", "Valdoria Daily", "Home", "World"} & (all_labels | all_aliases)


def test_dates_are_normalised_and_relative_ones_use_the_document_date(samples) -> None:
    def values(doc_id: str) -> set[str | None]:
        return {e.value for e in samples[doc_id].entities if e.type == "Date"}

    assert {"2024-03-14", "2015/2021"} <= values("flood-relief-summit.txt")
    assert "2024-04-12" in values("wire-2024-0412")  # "on Friday", published Friday 12 April


def test_events_with_their_years(samples) -> None:
    events = {e.label: len(e.mentions) for e in samples["tribunal-opens.md"].entities if e.type == "Event"}
    assert events.get("1999 Karsk massacre", 0) >= 2  # "the Karsk massacre" later is the same event


OPED = SHARED / "samples" / "accountability-op-ed.txt"


@pytest.fixture(scope="module")
def oped(nlp) -> Extraction:
    if not OPED.is_file():
        pytest.skip("the shared op-ed sample is not present")
    return next(extract(read_documents([OPED]), nlp))


def test_op_ed_people_once_each_with_aliases(oped) -> None:
    people = {e.label: set(e.aliases) for e in oped.entities if e.type == "Person"}
    assert people == {
        "Ali Khamenei": set(), "Ebrahim Raisi": {"Raisi"}, "Gholam-Hossein Ejei": set(),
        "Maryam Rajavi": {"Rajavi"}, "Geoffrey Robertson": set(), "Kumi Naidoo": set(),
        "Guy Verhofstadt": set(),
    }


def test_op_ed_organisations_once_each_with_aliases(oped) -> None:
    orgs = {e.label: set(e.aliases) for e in oped.entities if e.type == "Organization"}
    expected = {
        "Mujahedin-e Khalq": {"MEK", "PMOI"},
        "National Council of Resistance of Iran": {"NCRI"},
        "European Union": {"EU"},
        "U.N.": {"UN"},
        "Amnesty International": set(),
        "U.N. Special Court for Sierra Leone": set(),
        "Death Committee": set(),
        "Human Rights Council": set(),
        "U.N. Security Council": set(),
        "Canadian Parliament": set(),
    }
    assert orgs == expected


def test_op_ed_boilerplate_gives_no_entity(oped) -> None:
    names = {e.label for e in oped.entities} | {a for e in oped.entities for a in e.aliases}
    assert not any("Pixabay" in n or "MeWe" in n or "Chickenonline" in n for n in names)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300))
def test_random_text_never_crashes_and_offsets_always_slice(nlp, text: str) -> None:
    extraction = next(extract([Document("random", text)], nlp))
    for entity in extraction.entities:
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text


def test_op_ed_facts_with_evidence(oped) -> None:
    labels = {e.id: e.label for e in oped.entities}
    posts = {(labels[p.person], p.role, labels.get(p.organization), p.start, p.end) for p in oped.positions}
    assert {
        ("Ali Khamenei", "supreme leader", "Iran", None, None),  # "its": the regime's
        ("Ebrahim Raisi", "president", "Iran", None, None),  # the story is about Iran
        ("Gholam-Hossein Ejei", "judiciary chief", "Iran", None, None),
        ("Maryam Rajavi", "president-elect", "National Council of Resistance of Iran", None, None),
        ("Geoffrey Robertson", "president", "U.N. Special Court for Sierra Leone", None, None),
        ("Kumi Naidoo", "secretary-general", "Amnesty International", "2018", "2020"),
        ("Guy Verhofstadt", "prime minister", "Belgium", "1999", "2008"),
    } <= posts
    facts = {(labels[r.subject], r.predicate, labels[r.object]) for r in oped.relations}
    assert {
        ("Mujahedin-e Khalq", "memberOf", "National Council of Resistance of Iran"),
        ("Ebrahim Raisi", "memberOf", "Death Committee"),
        ("1988 massacre", "pointInTime", "1988"),
        ("1988 massacre", "location", "Iran"),
    } <= facts
    quoted = {labels[q.speaker] for q in oped.quotations if q.kind == "quote"}
    assert quoted == {"Ebrahim Raisi", "Maryam Rajavi", "Geoffrey Robertson", "Guy Verhofstadt"}
    text = oped.document.text
    for q in oped.quotations:
        assert text[q.start : q.end] == q.text


def test_the_pipeline_is_loaded_once_however_it_is_asked_for(nlp) -> None:
    assert load_pipeline(None) is nlp
    assert load_pipeline(default_model()) is nlp
