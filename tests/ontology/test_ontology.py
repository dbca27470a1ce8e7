"""The ontology: well formed, documented, aligned, and in step with its Python namespace."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef

from text2kg.ontology import NAMESPACE, ontology_path, shapes_path
from text2kg.ontology.generate import namespace_source
from text2kg.ontology.namespace import T2K

SCHEMA = Namespace("https://schema.org/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
WDT = "http://www.wikidata.org/prop/direct/"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def ours(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(s for s in graph.subjects(RDF.type, kind) if str(s).startswith(NAMESPACE))


def test_every_term_has_a_label_and_a_comment(onto: Graph) -> None:
    terms = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(NAMESPACE)}
    assert len(terms) > 30
    for t in terms:
        assert onto.value(t, RDFS.label) is not None, t
        assert onto.value(t, RDFS.comment) is not None, t


def test_every_class_reaches_its_schema_org_class(onto: Graph) -> None:
    expected = {"Person": "Person", "Organization": "Organization", "Place": "Place", "Event": "Event",
                "Document": "CreativeWork", "Entity": "Thing"}
    for local, schema_class in expected.items():
        assert SCHEMA[schema_class] in set(onto.transitive_objects(T2K[local], RDFS.subClassOf)), local
    assert URIRef("http://xmlns.com/foaf/0.1/Person") in set(onto.objects(T2K.Person, RDFS.subClassOf))
    assert URIRef("http://www.w3.org/ns/org#Organization") in set(onto.objects(T2K.Organization, RDFS.subClassOf))


def test_every_relation_has_domain_range_and_an_outside_mapping(onto: Graph) -> None:
    relations = ours(onto, OWL.ObjectProperty)
    assert len(relations) >= 20
    wikidata = 0
    for prop in relations:
        assert onto.value(prop, RDFS.domain) is not None, prop
        assert onto.value(prop, RDFS.range) is not None, prop
        mapped = list(onto.objects(prop, OWL.equivalentProperty)) + list(onto.objects(prop, SKOS.closeMatch))
        wikidata += any(str(m).startswith(WDT) for m in mapped)
        if prop != T2K.coMentionedWith:
            assert mapped, f"{prop} is mapped to nothing"
    assert wikidata >= 18
    assert URIRef(WDT + "P463") in set(onto.objects(T2K.memberOf, OWL.equivalentProperty))


def test_python_namespace_is_generated_from_the_ontology() -> None:
    from importlib.resources import files

    committed = files("text2kg.ontology").joinpath("namespace.py").read_text(encoding="utf-8")
    assert committed == namespace_source(), "run: python -m text2kg.ontology.generate"


def test_a_misspelt_term_is_an_error() -> None:
    with pytest.raises(AttributeError):
        T2K.Persn  # noqa: B018


def test_shapes_parse() -> None:
    shapes = Graph().parse(shapes_path(), format="turtle")
    assert len(list(shapes.subjects(RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")))) >= 5
