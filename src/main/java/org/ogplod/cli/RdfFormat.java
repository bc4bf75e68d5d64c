package org.ogplod.cli;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/** The RDF syntaxes {@code convert} writes: Turtle and N-Triples stream; JSON-LD needs the whole graph first. */
enum RdfFormat {
    ttl(RDFFormat.TURTLE_BLOCKS), nt(RDFFormat.NTRIPLES), jsonld(RDFFormat.JSONLD11);

    private final RDFFormat format;

    RdfFormat(RDFFormat format) {
        this.format = format;
    }

    /** A sink that writes this syntax to {@code out}; finishing the stream completes the document. */
    StreamRDF writer(OutputStream out) {
        if (StreamRDFWriter.registered(format)) {
            return StreamRDFWriter.getWriterStream(out, format);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        return new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void prefix(String prefix, String iri) {
                graph.getPrefixMapping().setNsPrefix(prefix, iri);
            }

            @Override
            public void finish() {
                super.finish();
                RDFDataMgr.write(out, graph, format);
            }
        };
    }
}
