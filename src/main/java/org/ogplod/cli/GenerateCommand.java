package org.ogplod.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogplod.convert.SyntheticData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: seeded synthetic members and commitments for scale tests, marked synthetic in every row. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes synthetic members.csv and commitments.csv (every row marked synthetic) for scale "
                + "tests and benchmarks, or with --format ogp-sheet the same commitments as commitments-sheet.csv "
                + "in OGP's own sheet layout. Never mixed with the real data in data/.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--commitments", required = true, paramLabel = "N", description = "How many commitments.")
    private int commitments;

    @Option(names = "--members", paramLabel = "M", description = "How many members (default: enough for N).")
    private Integer members;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    /** The layouts {@code generate} writes. */
    enum Layout { canonical, ogp_sheet }

    @Option(names = "--format", defaultValue = "canonical", paramLabel = "FORMAT", converter = LayoutName.class,
            description = "canonical (members.csv + commitments.csv, default) or ogp-sheet (commitments-sheet.csv "
                    + "in the columns of OGP's commitment sheet).")
    private Layout format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write into.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int memberCount = members != null ? members : SyntheticData.membersFor(commitments);
        if (commitments < 0 || memberCount < 1 || commitments > SyntheticData.capacity(memberCount)) {
            throw new ParameterException(spec.commandLine(), "--commitments must be between 0 and "
                    + SyntheticData.capacity(Math.max(memberCount, 1)) + " for " + memberCount + " members");
        }
        if (format == Layout.ogp_sheet) {
            new SyntheticData(seed).writeSheet(output, memberCount, commitments);
        } else {
            new SyntheticData(seed).write(output, memberCount, commitments);
        }
        spec.commandLine().getErr().printf(
                "generated %,d synthetic members and %,d synthetic commitments in %s (seed %d)%n", memberCount,
                commitments, output, seed);
        return 0;
    }

    /** Reads {@code ogp-sheet} as well as the enum's own spelling. */
    static final class LayoutName implements picocli.CommandLine.ITypeConverter<Layout> {
        @Override
        public Layout convert(String value) {
            for (Layout layout : Layout.values()) {
                if (layout.name().replace('_', '-').equals(value)) {
                    return layout;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("must be canonical or ogp-sheet, not '" + value
                    + "'");
        }
    }
}
