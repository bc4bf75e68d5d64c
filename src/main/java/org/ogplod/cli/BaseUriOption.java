package org.ogplod.cli;

import org.ogplod.ontology.Iris;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --base-uri}, with its one check, for every command that mints or serves IRIs. */
final class BaseUriOption {
    @Option(names = "--base-uri", defaultValue = Iris.CANONICAL_BASE, paramLabel = "IRI",
            description = "Base of every IRI minted (default ${DEFAULT-VALUE}); http(s), ending with '/'.")
    private String baseUri;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The base, or a usage error (exit 2) naming the option when it cannot be one. */
    String value() {
        if (!Iris.isBase(baseUri)) {
            throw new ParameterException(spec.commandLine(),
                    "--base-uri must be an http(s) IRI ending with '/', not '" + baseUri + "'");
        }
        return baseUri;
    }
}
