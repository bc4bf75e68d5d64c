package org.ogplod.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.jena.riot.system.StreamRDFBase;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random and mangled input files, several hundred per reader: every run either succeeds or fails with
 * {@link ConversionFailed} whose report names the file. Any other exception is a bug; the seed and case number
 * reproduce it.
 */
class ReaderFuzzTest {
    private static final long SEED = 20_260_101L;
    private static final int CASES = 300;
    private static final byte[] SPECIALS = {'"', '"', '{', '}', '[', ']', ',', ':', ';', 0, '\n', '\r', '\\', '<'};

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    @Timeout(120)
    void everyMangledFileConvertsOrFailsWithAProblemNamingIt(InputFormat format) throws IOException {
        long seed = SEED + format.ordinal();
        Random random = new Random(seed);
        Converter converter = Conversion.converter(false);
        Path file = Fixture.write(format, folder, Fixture.COMMITMENTS);
        byte[] valid = Files.readAllBytes(file);
        int succeeded = 0;
        for (int n = 0; n < CASES; n++) {
            Files.write(file, n == 0 ? valid : mangle(valid, n, random));
            try {
                converter.convert(List.of(folder), new StreamRDFBase());
                succeeded++;
            } catch (ConversionFailed failed) {
                boolean named = failed.problems().list().stream().anyMatch(p -> p.toString().contains(file.toString()));
                assertTrue(named, format + " seed " + seed + " case " + n + ": no problem names " + file + "\n"
                        + failed.problems().text());
            } catch (RuntimeException | Error e) {
                fail(format + " seed " + seed + " case " + n + ": " + e, e);
            }
        }
        assertTrue(succeeded >= 1, "the unmangled file converts");
    }

    /** Random bytes, or the valid file with flipped bytes, cut short, a chunk repeated, or syntax characters put in. */
    private static byte[] mangle(byte[] valid, int n, Random random) {
        switch (n % 5) {
            case 0:
                byte[] noise = new byte[random.nextInt(2048)];
                random.nextBytes(noise);
                return noise;
            case 1:
                byte[] flipped = valid.clone();
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            case 2:
                return Arrays.copyOf(valid, random.nextInt(valid.length));
            case 3:
                int from = random.nextInt(valid.length);
                int length = random.nextInt(Math.min(400, valid.length - from) + 1);
                return insert(valid, random.nextInt(valid.length + 1), Arrays.copyOfRange(valid, from, from + length));
            default:
                byte[] changed = valid;
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    byte[] special = {SPECIALS[random.nextInt(SPECIALS.length)]};
                    changed = insert(changed, random.nextInt(changed.length + 1), special);
                }
                return changed;
        }
    }

    private static byte[] insert(byte[] bytes, int at, byte[] extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + extra.length);
        out.write(bytes, 0, at);
        out.write(extra, 0, extra.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
