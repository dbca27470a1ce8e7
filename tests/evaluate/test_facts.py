"""The scoring rules of ``text2kg eval --facts``, on hand-built gold and hand-built extractions."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tests.conftest import make_extraction
from text2kg.evaluate.facts import score_document, score_facts
from text2kg.evaluate.news import parse_news_line
from text2kg.records import Position, Quotation

TEXT = ("The U.N. said Iran's President Ebrahim Raisi met Kumi Naidoo, chief executive of Amnesty International, "
        "in Geneva. Raisi said: “We will never give up our rights.” Naidoo said: “Talks must go on now.”")


def gold(entities=None, posts=(), quotations=(), split="dev", id_="s1"):
    entities = entities if entities is not None else [
        {"type": "Person", "name": "Ebrahim Raisi", "aliases": ["Raisi"]},
        {"type": "Person", "name": "Kumi Naidoo", "aliases": ["Naidoo"]},
        {"type": "Organization", "name": "United Nations", "aliases": ["the UN"]},
        {"type": "Organization", "name": "Amnesty International"},
        {"type": "Place", "name": "Iran"},
        {"type": "Place", "name": "Geneva"},
    ]
    line = json.dumps({"id": id_, "split": split, "date": "2023-01-01", "text": TEXT, "entities": entities,
                       "posts": list(posts), "quotations": list(quotations)})
    return parse_news_line(line, "gold.jsonl:1")


ENTITIES = [
    ("Person", "Ebrahim Raisi", ["Raisi"], ["Ebrahim Raisi", "Raisi"]),
    ("Person", "Kumi Naidoo", ["Naidoo"], ["Kumi Naidoo", "Naidoo"]),
    ("Organization", "U.N.", [], ["U.N."]),
    ("Organization", "Amnesty International", [], ["Amnesty International"]),
    ("Place", "Iran", [], ["Iran"]),
    ("Place", "Geneva", [], ["Geneva"]),
]


def extraction(entities=ENTITIES, positions=(), quotations=()):
    ex = make_extraction("s1", TEXT, list(entities))
    return dataclasses.replace(ex, positions=tuple(positions), quotations=tuple(quotations))


def post(person, role, org=None, qualifier=None, sentence=0):
    return Position(person, role, sentence, "test", 0.9, organization=org, qualifier=qualifier)


def quote(speaker, words, kind="quote"):
    start = TEXT.index(words)
    return Quotation(speaker, words, start, start + len(words), 1, "test", 0.9, kind=kind)


def counts(tally):
    return tally.scores.tp, tally.scores.fp, tally.scores.fn


# --- entities -------------------------------------------------------------------------------

def test_entities_match_by_normalised_name_or_alias() -> None:
    tallies = score_document(gold(), extraction())
    assert counts(tallies["Person"]) == (2, 0, 0)
    assert counts(tallies["Organization"]) == (2, 0, 0)  # "U.N." is "the UN"
    assert counts(tallies["Place"]) == (2, 0, 0)
    assert counts(tallies["entities"]) == (6, 0, 0)


def test_an_entity_of_another_type_is_a_false_positive_and_the_gold_one_is_missed() -> None:
    wrong = [e for e in ENTITIES if e[1] != "Geneva"] + [("Organization", "Geneva", [], ["Geneva"])]
    tallies = score_document(gold(), extraction(wrong))
    assert counts(tallies["Place"]) == (1, 0, 1)
    assert counts(tallies["Organization"]) == (2, 1, 0)
    assert tallies["Organization"].false_positives == [
        {"document": "s1", "what": "Geneva", "note": "type error: a Place in the gold (Geneva)"}]
    assert tallies["Place"].misses == [{"document": "s1", "what": "Geneva", "note": "extracted as Organization: Geneva"}]


def test_a_type_error_is_forgiven_when_another_extraction_finds_the_gold_one() -> None:
    both = [*ENTITIES, ("Organization", "Geneva", [], [])]
    tallies = score_document(gold(), extraction(both))
    assert counts(tallies["Place"]) == (2, 0, 0)
    assert counts(tallies["Organization"]) == (2, 1, 0)


def test_each_gold_entity_is_matched_once() -> None:
    split = [e for e in ENTITIES if e[1] != "Ebrahim Raisi"] + [
        ("Person", "Ebrahim Raisi", [], ["Ebrahim Raisi"]), ("Person", "Raisi", [], ["Raisi"])]
    tallies = score_document(gold(), extraction(split))
    assert counts(tallies["Person"]) == (2, 1, 0)
    assert tallies["Person"].false_positives[0]["note"] == "a second entity for Ebrahim Raisi"


def test_one_to_one_matching_finds_the_pairing_that_matches_most() -> None:
    # The first extracted entity fits both gold people by an alias; a greedy pairing would
    # give it to the first and leave the second without a partner.
    people = [{"type": "Person", "name": "Ebrahim Raisi", "aliases": ["Raisi"]},
              {"type": "Person", "name": "Ahmad Raisi", "aliases": ["Raisi"]}]
    ents = [("Person", "Raisi", ["Ebrahim Raisi"], ["Raisi"]), ("Person", "Ebrahim Raisi", [], ["Ebrahim Raisi"])]
    tallies = score_document(gold(people), extraction(ents))
    assert counts(tallies["Person"]) == (2, 0, 0)


# --- posts ----------------------------------------------------------------------------------

GOLD_POSTS = [
    {"person": "Raisi", "role": "president", "organization": "Iran", "qualifier": None},
    {"person": "Kumi Naidoo", "role": "chief executive officer", "organization": "Amnesty International"},
]


def test_a_post_needs_person_role_and_organisation() -> None:
    positions = [post("person/Ebrahim Raisi", "president", "place/Iran"),
                 post("person/Kumi Naidoo", "CEO", "organization/Amnesty International")]
    tallies = score_document(gold(posts=GOLD_POSTS), extraction(positions=positions))
    assert counts(tallies["posts_with_organization"]) == (2, 0, 0)
    assert counts(tallies["posts_role_only"]) == (2, 0, 0)


def test_a_wrong_organisation_misses_with_organisation_but_counts_on_role_only() -> None:
    positions = [post("person/Ebrahim Raisi", "president", "organization/U.N."),
                 post("person/Kumi Naidoo", "chief executive")]
    tallies = score_document(gold(posts=GOLD_POSTS), extraction(positions=positions))
    assert counts(tallies["posts_with_organization"]) == (0, 1, 2)  # precision is over posts with an organisation
    assert counts(tallies["posts_role_only"]) == (2, 0, 0)
    misses = {m["what"]: m.get("note") for m in tallies["posts_with_organization"].misses}
    assert misses == {"Ebrahim Raisi: president of Iran": "extracted: president of U.N.",
                      "Kumi Naidoo: chief executive officer of Amnesty International": "extracted: chief executive"}
    [fp] = tallies["posts_with_organization"].false_positives
    first = extraction().sentences[0]
    assert fp == {"document": "s1", "what": "Ebrahim Raisi: president of U.N.", "note": TEXT[first.start:first.end]}


def test_deputy_or_acting_make_another_post() -> None:
    positions = [post("person/Ebrahim Raisi", "deputy president", "place/Iran"),
                 post("person/Kumi Naidoo", "chief executive", "organization/Amnesty International", qualifier="acting")]
    tallies = score_document(gold(posts=GOLD_POSTS), extraction(positions=positions))
    assert counts(tallies["posts_with_organization"]) == (0, 2, 2)
    acting = [{**GOLD_POSTS[1], "role": "acting chief executive"}]
    assert counts(score_document(gold(posts=acting), extraction(positions=positions))["posts_role_only"]) == (1, 1, 0)


def test_a_post_said_twice_counts_once_and_matches_one_gold_post() -> None:
    positions = [post("person/Ebrahim Raisi", "President", "place/Iran", sentence=0),
                 post("person/Ebrahim Raisi", "president", "place/Iran", qualifier="former", sentence=1),
                 post("person/Ebrahim Raisi", "president", sentence=1)]
    tallies = score_document(gold(posts=GOLD_POSTS[:1]), extraction(positions=positions))
    assert counts(tallies["posts_with_organization"]) == (1, 0, 0)
    assert counts(tallies["posts_role_only"]) == (1, 0, 0)
    twice = [GOLD_POSTS[0], {**GOLD_POSTS[0], "role": "President"}]
    assert counts(score_document(gold(posts=twice), extraction(positions=positions))["posts_with_organization"]) == (1, 0, 0)


def test_one_extracted_post_cannot_stand_for_two_gold_posts() -> None:
    two = [{"person": "Raisi", "role": "president", "organization": "Iran"},
           {"person": "Raisi", "role": "president", "organization": "United Nations"}]
    positions = [post("person/Ebrahim Raisi", "president", "place/Iran")]
    tallies = score_document(gold(posts=two), extraction(positions=positions))
    assert counts(tallies["posts_with_organization"]) == (1, 0, 1)


def test_implied_organisations_are_left_out_of_the_stated_figure() -> None:
    implied = [GOLD_POSTS[0], {**GOLD_POSTS[1], "implied": True}]
    tallies = score_document(gold(posts=implied), extraction(positions=[post("person/Ebrahim Raisi", "president")]))
    assert counts(tallies["posts_with_organization"]) == (0, 0, 2)
    assert counts(tallies["posts_stated_organization"]) == (0, 0, 1)
    assert tallies["posts_with_organization"].misses[1]["what"].endswith("(organisation implied)")


def test_a_missed_post_says_whether_the_person_was_found() -> None:
    tallies = score_document(gold(posts=GOLD_POSTS), extraction(ENTITIES[:1]))
    notes = [m["note"] for m in tallies["posts_role_only"].misses]
    assert notes == ["no post extracted for this person", "person not extracted"]


# --- quotations -----------------------------------------------------------------------------

GOLD_QUOTES = [{"speaker": "Raisi", "start": "We will never"}, {"speaker": "Naidoo", "start": "“Talks must"}]


def test_a_quotation_is_found_where_it_covers_the_first_words_and_attributed_by_speaker() -> None:
    quotes = [quote("person/Ebrahim Raisi", "We will never give up our rights."),
              quote("person/Ebrahim Raisi", "must go on now.")]
    tallies = score_document(gold(quotations=GOLD_QUOTES), extraction(quotations=quotes))
    assert counts(tallies["quotations_found"]) == (1, 1, 1)  # the second does not cover "Talks"
    assert counts(tallies["quotations_attributed"]) == (1, 1, 1)


def test_a_quotation_whose_text_starts_with_the_words_is_found_wherever_it_is() -> None:
    elsewhere = dataclasses.replace(quote("person/Kumi Naidoo", "Talks must go on now."), start=0, end=4)
    tallies = score_document(gold(quotations=GOLD_QUOTES[1:]), extraction(quotations=[elsewhere]))
    assert counts(tallies["quotations_found"]) == (1, 0, 0)


def test_a_quotation_given_to_someone_else_is_found_but_not_attributed() -> None:
    quotes = [quote("person/Kumi Naidoo", "We will never give up"), quote("person/Ebrahim Raisi", "Talks must go on")]
    report = score_facts([(gold(quotations=GOLD_QUOTES), extraction(quotations=quotes))]).to_dict()["splits"]["all"]
    assert (report["quotations_found"]["tp"], report["quotations_attributed"]["tp"]) == (2, 0)
    assert report["quotations_attributed_of_found"] == 0.0
    assert report["quotations_attributed"]["misses"][0] == {
        "document": "s1", "what": "Ebrahim Raisi: “We will never…”", "note": "given to Kumi Naidoo"}


def test_a_quotation_found_twice_pairs_with_the_copy_whose_speaker_is_right() -> None:
    quotes = [quote("person/Kumi Naidoo", "We will never give up"), quote("person/Ebrahim Raisi", "We will never give up our")]
    tallies = score_document(gold(quotations=GOLD_QUOTES[:1]), extraction(quotations=quotes))
    assert counts(tallies["quotations_found"]) == (1, 1, 0)
    assert counts(tallies["quotations_attributed"]) == (1, 1, 0)


def test_calls_are_not_quotations() -> None:
    quotes = [quote("person/Ebrahim Raisi", "We will never give up", kind="call")]
    tallies = score_document(gold(quotations=GOLD_QUOTES[:1]), extraction(quotations=quotes))
    assert counts(tallies["quotations_found"]) == (0, 0, 1)


# --- the report -----------------------------------------------------------------------------

def test_a_file_of_two_splits_reports_each_and_all() -> None:
    pairs = [(gold(id_="a", split="dev"), extraction()),
             (gold(id_="b", split="heldout", entities=[{"type": "Person", "name": "Nobody"}]), extraction())]
    report = score_facts(pairs).to_dict()["splits"]
    assert list(report) == ["dev", "heldout", "all"]
    assert [report[s]["documents"] for s in report] == [1, 1, 2]
    assert report["dev"]["entities"]["f1"] == 100.0
    assert (report["heldout"]["Person"]["tp"], report["heldout"]["Person"]["fn"], report["heldout"]["Person"]["fp"]) == (0, 1, 2)
    assert report["all"]["entities"]["tp"] == 6 and report["all"]["entities"]["fp"] == 6
    assert len(report["all"]["Person"]["false_positives"]) == 2


# --- through the command --------------------------------------------------------------------

ARTICLE = ("Amnesty International's secretary-general, Agnès Callamard, criticised the government of Iran on Monday. "
           "Callamard said: “The executions must stop immediately and without conditions.” "
           "Iran's foreign minister, Hossein Amir-Abdollahian, rejected the statement in Tehran.")
ARTICLE_GOLD = {
    "id": "tiny-1", "title": "Tiny", "date": "2023-01-09", "url": "https://example.org/tiny", "source": "Example",
    "licence": "CC0", "split": "dev", "text": ARTICLE,
    "entities": [{"type": "Person", "name": "Agnès Callamard", "aliases": ["Callamard"]},
                 {"type": "Organization", "name": "Amnesty International", "aliases": ["Amnesty"]},
                 {"type": "Place", "name": "Iran", "aliases": []},
                 {"type": "Person", "name": "Hossein Amir-Abdollahian", "aliases": []},
                 {"type": "Place", "name": "Tehran", "aliases": []}],
    "posts": [{"person": "Agnès Callamard", "role": "secretary general", "organization": "Amnesty International",
               "start": None, "end": None, "qualifier": None, "evidence": "Amnesty International's secretary-general"},
              {"person": "Hossein Amir-Abdollahian", "role": "minister of foreign affairs", "organization": "Iran",
               "start": None, "end": None, "qualifier": None, "evidence": "Iran's foreign minister"}],
    "quotations": [{"speaker": "Callamard", "start": "The executions must"}],
}


def test_a_bad_gold_story_fails_in_one_line_before_the_model_loads(tmp_path) -> None:
    from typer.testing import CliRunner

    from text2kg.cli import app

    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({**ARTICLE_GOLD, "quotations": [{"speaker": "Nobody", "start": "The"}]}) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path), "--facts", "--model", "no_such_pipeline"])
    assert result.exit_code == 2
    assert result.stderr == f"text2kg: {path}:1: quotation 1: speaker 'Nobody' is not the name or alias of an entity\n"
    result = CliRunner().invoke(app, ["eval", str(path), "--split", "dev"])
    assert result.exit_code == 2 and "--split goes with --facts" in result.stderr


@pytest.mark.model
def test_eval_facts_scores_a_tiny_article_and_writes_every_figure(tmp_path) -> None:
    from typer.testing import CliRunner

    from text2kg.cli import app

    path, out = tmp_path / "news.jsonl", tmp_path / "facts.json"
    other = {**ARTICLE_GOLD, "id": "tiny-2", "split": "heldout"}
    path.write_text(json.dumps(ARTICLE_GOLD) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path), "--facts", "--split", "dev", "--json", str(out), "--show", "3"])
    assert result.exit_code == 0, result.output
    assert "News facts, dev (1 story)" in result.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))["splits"]
    assert list(figures) == ["dev", "all"] and figures["all"]["documents"] == 1
    assert figures["all"]["Person"]["tp"] == 2  # both people are named in full
    assert figures["all"]["quotations_found"]["recall"] == 100.0
    for measure in ("posts_with_organization", "posts_role_only", "quotations_attributed"):
        assert {"precision", "recall", "f1", "misses", "false_positives"} <= set(figures["all"][measure])
