package dev.unspin.audit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The lock an audit holds on its output directory for its whole run: DIR/.unspin-audit.lock, locked
 * with {@link FileChannel#tryLock} (released by the operating system when the process ends, even
 * on kill -9) and holding the holder's pid and start time for the message a second audit gets.
 * The file itself stays; only the lock on it counts.
 */
final class OutputLock implements Closeable {
    static final String FILE = ".unspin-audit.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code directory}, or refuses: it is in use by another audit (this process's or another's). */
    static OutputLock acquire(Path directory) throws IOException, Audit.UsageException {
        Path file = directory.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw new IOException(file + ": cannot lock the output directory: " + e.getMessage(), e);
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new Audit.UsageException(directory + " is in use by another audit (" + holder + ")");
        }
        String me = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new OutputLock(channel, lock);
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(200);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.startsWith("pid ") ? text : "pid unknown";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
