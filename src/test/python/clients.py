#!/usr/bin/env python3
"""Reads a running ogp-lod server with real third-party clients: rdflib for the dumps and the Linked Data
documents, SPARQLWrapper for the endpoint. Usage: clients.py http://localhost:PORT

Prints one line per check and exits 1 on the first kind of mismatch (all checks still run), 0 when all pass.
"""
import gzip
import sys
import urllib.request

try:
    import rdflib
    from SPARQLWrapper import JSON, N3, RDFXML, TURTLE, SPARQLWrapper
except ImportError as missing:
    print(f"error: a client library is missing ({missing}); install python3-rdflib and python3-sparqlwrapper")
    sys.exit(2)

BASE_IRI = "http://localhost:8080/"
UK0107 = rdflib.URIRef(BASE_IRI + "id/commitment/UK0107")
DCT_IDENTIFIER = rdflib.URIRef("http://purl.org/dc/terms/identifier")
DUMPS = {"ogp-lod.nt.gz": "nt", "ogp-lod.ttl.gz": "turtle", "ogp-lod.jsonld.gz": "json-ld"}
DOCUMENT_FORMATS = {"text/turtle": "turtle", "application/ld+json": "json-ld",
                    "application/rdf+xml": "xml", "application/n-triples": "nt"}
COMMITMENTS = 663
SD_ENDPOINT = rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#endpoint")
SD_SERVICE = rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#Service")

failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)


def fetch(url, accept=None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers.get_content_type(), response.read()


def dumps(server):
    sizes = {}
    for name, rdf_format in DUMPS.items():
        content_type, body = fetch(f"{server}/dumps/{name}")
        graph = rdflib.Graph()
        graph.parse(data=gzip.decompress(body), format=rdf_format, publicID=BASE_IRI)
        sizes[name] = len(graph)
        check(len(graph) > 0, f"dump {name} ({content_type}) parses with rdflib: {len(graph)} triples")
        check((UK0107, DCT_IDENTIFIER, rdflib.Literal("UK0107")) in graph, f"dump {name} holds UK0107's identifier")
    check(len(set(sizes.values())) == 1, f"every dump has the same number of triples: {sizes}")


def documents(server):
    for accept, rdf_format in DOCUMENT_FORMATS.items():
        content_type, body = fetch(f"{server}/doc/commitment/UK0107", accept)
        check(content_type == accept, f"/doc/commitment/UK0107 with Accept {accept} answers {content_type}")
        graph = rdflib.Graph()
        graph.parse(data=body, format=rdf_format, publicID=BASE_IRI)
        check(len(graph) > 0, f"/doc/commitment/UK0107 as {accept} parses with rdflib: {len(graph)} triples")
        check((UK0107, DCT_IDENTIFIER, rdflib.Literal("UK0107")) in graph,
              f"/doc/commitment/UK0107 as {accept} says dct:identifier \"UK0107\"")


def endpoint(server):
    sparql = SPARQLWrapper(f"{server}/sparql")
    sparql.setQuery(f"""
        PREFIX ogp: <{BASE_IRI}def/ogp#>
        SELECT (COUNT(?commitment) AS ?n) WHERE {{ ?commitment a ogp:Commitment }}""")
    sparql.setReturnFormat(JSON)
    for method in ("GET", "POST"):
        sparql.setMethod(method)
        bindings = sparql.queryAndConvert()["results"]["bindings"]
        count = int(bindings[0]["n"]["value"]) if bindings else None
        check(count == COMMITMENTS, f"SPARQLWrapper ({method}) counts {count} commitments, expected {COMMITMENTS}")
    describe = SPARQLWrapper(f"{server}/sparql")
    describe.setQuery(f"DESCRIBE <{UK0107}>")
    for return_format in (RDFXML, TURTLE, N3):  # Debian's SPARQLWrapper refuses JSONLD without rdflib-jsonld
        describe.setReturnFormat(return_format)
        try:
            graph = describe.queryAndConvert()
            if not isinstance(graph, rdflib.Graph):  # SPARQLWrapper hands Turtle and N3 back as bytes
                graph = rdflib.Graph().parse(data=graph, format="turtle")
            found = (UK0107, DCT_IDENTIFIER, rdflib.Literal("UK0107")) in graph
        except Exception as error:  # noqa: BLE001 - any client failure is a failed check
            found = f"{type(error).__name__}: {error}"
        check(found is True, f"SPARQLWrapper DESCRIBE with return format {return_format} reads UK0107: {found}")


def service_description(server):
    """Reads /sparql as a plain RDF file, the way Comunica does when it trusts only the service description."""
    content_type, body = fetch(f"{server}/sparql", "text/turtle")
    graph = rdflib.Graph()
    graph.parse(data=body, format="turtle", publicID=f"{server}/sparql")
    endpoint_iri = rdflib.URIRef(BASE_IRI + "sparql")
    subjects = list(graph.subjects(SD_ENDPOINT, endpoint_iri))
    check(len(subjects) == 1, f"/sparql ({content_type}) names the endpoint once with sd:endpoint: {subjects}")
    check(all(isinstance(s, rdflib.BNode) or s == endpoint_iri for s in subjects),
          "sd:endpoint sits on a blank node or on the endpoint IRI itself")
    check(all((s, rdflib.RDF.type, SD_SERVICE) in graph for s in subjects), "that subject is an sd:Service")


def main():
    if len(sys.argv) != 2:
        print("usage: clients.py http://localhost:PORT")
        return 2
    server = sys.argv[1].rstrip("/")
    print(f"rdflib {rdflib.__version__}, reading {server}")
    for step in (dumps, documents, endpoint, service_description):
        try:
            step(server)
        except Exception as error:  # a client error is a failed check, reported with what was being done
            check(False, f"{step.__name__}: {type(error).__name__}: {error}")
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
