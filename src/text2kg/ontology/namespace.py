"""Our vocabulary as a typed rdflib namespace (generated; do not edit by hand)."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class T2K(DefinedNamespace):
    """The text2kg ontology's terms: a misspelt term is an error, not a new IRI.

    Generated from ``text2kg.ttl`` by ``python -m text2kg.ontology.generate`` (with rdflib's
    defined_namespace_creator); a test checks that the two agree.
    """

    _fail = True

    _NS = Namespace("https://w3id.org/text2kg/ns#")

    Call: URIRef  # A call or demand ("X called on Y to ...", "X urged Y to ..."): schema:creator the speaker, t2k:addressee whom it is addressed to, schema:text what is demanded.
    CoMention: URIRef  # In the summary graph: two entities named in the same sentence somewhere in the corpus (rdf:subject, rdf:object), with how many documents and sentences do so, and up to five of those sentences (prov:wasDerivedFrom), from as many documents as there are.
    Date: URIRef  # A date or period named in a document; t2k:isoValue holds its ISO 8601 form when the text gives one.
    Document: URIRef  # An input document. It is also the nif:Context of its mentions: nif:isString holds its text, and character offsets count into it. Its IRI names the graph that holds everything extracted from it.
    Entity: URIRef  # Something a document talks about: a person, organisation, place, event or date. Its rdfs:label is its canonical name, skos:altLabel every other name used for it.
    Event: URIRef  # Something that happened, named or described in a document ("the 1988 massacre", "a virtual conference").
    Mention: URIRef  # A place in a document where an entity is named: nif:beginIndex and nif:endIndex count characters into the document's text, nif:anchorOf is the text there, itsrdf:taIdentRef the entity and nif:sentence its sentence.
    Organization: URIRef  # An organisation named in a document: a government body, party, company, court, NGO or movement.
    Person: URIRef  # A person named in a document.
    Place: URIRef  # A place named in a document: a country, region, city, facility or geographic feature.
    addressee: URIRef  # Whom a call or demand is addressed to ("X called on Y to ..."); on a schema:Quotation.
    affected: URIRef  # Who the event was done to, where the syntax says so ("... executed political prisoners"). Wikidata has no general property for this; schema:object is the nearest term.
    agent: URIRef  # Who carried out the event, where the syntax says so ("the regime executed ..."). Wikidata has no general property for this; schema:agent is the nearest term.
    coMentionCount: URIRef  # In how many sentences the two entities appear together: of its document, on a co-mention statement; of the whole corpus, on a t2k:CoMention of the summary graph.
    coMentionRank: URIRef  # In the summary graph: a t2k:CoMention's place among all of them by t2k:coMentionCount (1 = the pair named together in most sentences; equal counts in IRI order). Only the first 200 have one.
    coMentionedWith: URIRef  # The two entities are named in the same sentence: a weak link, kept apart from the typed relations above; its statement carries the count.
    community: URIRef  # The number of the entity's community (Louvain) in the entity graph, written back by the analysis commands.
    confidence: URIRef  # How sure the rule that extracted a statement is, from 0 to 1.
    containsPlace: URIRef  # The subject, a country or region, contains the place (the inverse of located in).
    contentHash: URIRef  # SHA-256 of a document's text, in hexadecimal: an unchanged document is not extracted again.
    country: URIRef  # The country the subject belongs to or lies in.
    countryCode: URIRef  # The ISO 3166-1 alpha-2 code of the place's country (of the country itself, for a country).
    countryOfCitizenship: URIRef  # The person is a citizen of the country ("a German racer").
    dateOfBirth: URIRef  # When the person was born.
    dateOfDeath: URIRef  # When the person died.
    documentCount: URIRef  # In the summary graph: how many documents mention the entity, or name the pair of a t2k:CoMention in one sentence.
    employer: URIRef  # The person works for the organisation ("a Y spokesman, X").
    extractedBy: URIRef  # The name of the rule that extracted a statement.
    foundedBy: URIRef  # Who founded the organisation.
    geonamesId: URIRef  # The place's GeoNames id, as a string of digits; the same place is owl:sameAs <https://sws.geonames.org/ID/>.
    hasPart: URIRef  # The object is a part of the subject.
    headquarters: URIRef  # Where the organisation is based.
    inception: URIRef  # When the organisation (or other entity) was founded or created.
    isoValue: URIRef  # The ISO 8601 form of a date (xsd:gYear, xsd:gYearMonth, xsd:date) or period ("1999/2008").
    locatedIn: URIRef  # The subject lies in the place (a city in a region, a facility in a city).
    location: URIRef  # Where the event happened.
    memberCount: URIRef  # In the summary graph, on an organisation: how many entities the corpus says are its members or hold a post in it.
    memberOf: URIRef  # The subject is a member of the organisation ("X is a member of Y", "X joined Y", "X was part of the Death Committee").
    mentionCount: URIRef  # In the summary graph: how many times the corpus mentions the entity.
    mentionRank: URIRef  # In the summary graph: a person's place among the people, or an event's among the events, by t2k:mentionCount (1 = mentioned most; equal counts in IRI order). Only the first 200 of each have one.
    nameInDocument: URIRef  # The name a document gave an entity when that document alone could not say who it was ("Raisi"), and the corpus joined it to a fuller name.
    nameLastWord: URIRef  # The last word of a person's name of several words ("Raisi" for "Ebrahim Raisi"), as the document gives it: the key on which a person another document names by that word alone is joined to this one.
    pageRank: URIRef  # The entity's PageRank in the entity graph, written back by the analysis commands.
    partOf: URIRef  # The subject is a part of the object ("the U.N. Security Council" is part of the U.N.).
    participant: URIRef  # A person or organisation that took part in the event.
    participantIn: URIRef  # The subject took part in the event.
    placeOfBirth: URIRef  # Where the person was born.
    placeOfDeath: URIRef  # Where the person died.
    pointInTime: URIRef  # When the event happened.
    politicalParty: URIRef  # The person belongs to the political party.
    positionHeld: URIRef  # The person holds or held the post (an org:Role); the org:Membership node says where and when.
    qualifier: URIRef  # A word the text uses relative to the document's date ("current", "former", "then"), kept as written.
    regionCode: URIRef  # The ISO 3166-2 code of the first-level region the place is (or lies in, for a US city), as "US-TX".
    storeFormat: URIRef  # In the summary graph, on t2k:summary: the version of the store's layout that the summary and the cross-document joins were made for. A store of another version (made by an older text2kg) is recounted, and its joins redone, at its next build.
    summarisedHash: URIRef  # In the summary graph, on a document: the content hash of the version of it that the totals count. A mismatch with the stored documents (after a crash) makes the next build recompute the summary.
    summary: URIRef  # The named graph of corpus-wide totals that text2kg derives from the document graphs and keeps up to date on every build and removal: each entity's type, preferred name and counts, the facts stated about it (once each, without evidence), the posts held in organisations (org:Membership), and each co-mentioned pair's counts with a few of its sentences. Aggregate queries read it instead of every document's graph.
