package org.ogplod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Claims on a store's folder, one lock file per kind of work ({@code <work>.lock}), held until given back. */
final class FolderClaims implements AutoCloseable {
    private final Path folder;
    private final List<FileChannel> locks = new ArrayList<>();

    FolderClaims(Path folder) {
        this.folder = folder;
    }

    /** Claims {@code work}, or fails at once when another process (or this one) holds it. */
    synchronized Store.Claim claim(String work) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(work + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("the store " + folder + " is already in use by another '" + work
                    + "' process; stop that one first or use another --store");
        }
        locks.add(channel);
        return () -> give(channel);
    }

    private synchronized void give(FileChannel channel) {
        if (locks.remove(channel)) {
            close(channel);
        }
    }

    @Override
    public synchronized void close() {
        locks.forEach(this::close);
        locks.clear();
    }

    private void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + folder, e);
        }
    }
}
