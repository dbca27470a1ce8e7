from text2kg.records import Document, Entity, Extraction, Mention, Position, Quotation, Relation


def test_json_shape_of_a_document() -> None:
    doc = Document("d1", "Raisi spoke.", title="T", date="2024-01-02")
    mention = Mention("d1", 0, 5, "Raisi", 0)
    entity = Entity("person/raisi", "Raisi", "Person", (), (mention,))
    date = Entity("date/2024", "2024", "Date", ("in 2024",), (), value="2024")
    assert Extraction(doc, entities=(entity, date)).to_dict() == {
        "id": "d1",
        "title": "T",
        "date": "2024-01-02",
        "entities": [
            {"id": "person/raisi", "label": "Raisi", "type": "Person", "aliases": [],
             "mentions": [{"start": 0, "end": 5, "text": "Raisi", "sentence": 0}]},
            {"id": "date/2024", "label": "2024", "type": "Date", "aliases": ["in 2024"], "value": "2024",
             "mentions": []},
        ],
        "relations": [],
        "positions": [],
        "quotations": [],
    }


def test_json_of_facts_leaves_out_what_is_unknown() -> None:
    doc = Document("d1", "x")
    extraction = Extraction(
        doc,
        relations=(Relation("person/a", "memberOf", "organization/b", 2, "member-of", 0.8),),
        positions=(Position("person/a", "president", 0, "title-before-name", 0.9, start="2018"),),
        quotations=(Quotation("person/a", "We will win.", 10, 22, 1, "said-colon", 0.9),),
    )
    out = extraction.to_dict()
    assert out["relations"] == [{"subject": "person/a", "predicate": "memberOf", "object": "organization/b",
                                 "sentence": 2, "rule": "member-of", "confidence": 0.8}]
    assert out["positions"] == [{"person": "person/a", "role": "president", "sentence": 0,
                                 "rule": "title-before-name", "confidence": 0.9, "start": "2018"}]
    assert out["quotations"][0]["kind"] == "quote" and "addressees" not in out["quotations"][0]
