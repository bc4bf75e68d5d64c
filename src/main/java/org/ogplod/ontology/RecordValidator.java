package org.ogplod.ontology;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;

/**
 * Validates one record's triples at a time against the SHACL shapes, so that validation never holds the whole
 * dataset in memory. References to other records are checked by the converter, not by the shapes.
 */
public final class RecordValidator {
    private final Shapes shapes;

    public RecordValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The shape results of one record: violations and warnings, each with its plain-English message. Runs Jena's
     * validation steps directly and builds a report only when there is something to report: an empty report model
     * per record would cost more than the checks themselves.
     */
    public List<ReportEntry> validate(Graph record) {
        ValidationContext context = ValidationContext.create(shapes, record);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(record, shape)) {
                VLib.validateShape(context, record, shape, focus);
            }
        }
        return context.hasViolation() ? List.copyOf(context.generateReport().getEntries()) : List.of();
    }

    public static boolean isViolation(ReportEntry entry) {
        return Severity.Violation.equals(entry.severity());
    }
}
