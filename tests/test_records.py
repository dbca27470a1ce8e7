from text2kg.records import Document, Entity, Extraction, Mention


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
    }
