package org.ogplod.store;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.Directory;

/**
 * The full-text index of a release (jena-text over Lucene): titles, descriptions and labels of every resource, in
 * every language present, in one field {@code text} with the language kept. Built once per release, after the load.
 * SPARQL reaches it with {@code text:query}: {@code ?s text:query (rdfs:label "open data")} or just {@code "open data"}.
 */
public final class SearchIndex {
    /** The predicates whose literals are indexed. */
    public static final List<Node> PREDICATES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), DCTerms.title.asNode(), DCTerms.description.asNode());
    static final String FIELD = "text";

    private SearchIndex() {
    }

    /** Opens (or creates) the index in {@code directory}. */
    static TextIndex open(Directory directory) {
        EntityDefinition definition = new EntityDefinition("uri", FIELD);
        PREDICATES.forEach(predicate -> definition.set(FIELD, predicate));
        definition.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new StandardAnalyzer());
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(directory, config);
    }

    /** Indexes every literal of the indexed predicates in {@code data} (call inside a read transaction). */
    static void build(Graph data, TextIndex index) {
        for (Node predicate : PREDICATES) {
            data.find(Node.ANY, predicate, Node.ANY).forEachRemaining(triple -> add(index, triple));
        }
        index.commit();
    }

    private static void add(TextIndex index, Triple triple) {
        Node object = triple.getObject();
        if (!triple.getSubject().isURI() || !object.isLiteral()) {
            return;
        }
        String language = object.getLiteralLanguage();
        Entity entity = new Entity(triple.getSubject().getURI(), null, language.isEmpty() ? null : language, null);
        entity.put(FIELD, object.getLiteralLexicalForm());
        index.addEntity(entity);
    }
}
