package io.github.regsec.formats;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writing dataset files and directories so that a target is replaced whole or not at all: a full
 * disk, a write error or a process killed at any moment leaves either the complete old file or
 * directory or the complete new one.
 *
 * <p>The new content is written beside the target under a name regsec owns,
 * {@code .NAME.regsec-PID-RANDOM.part}, and renamed over the target once every byte is written
 * and synced. A directory cannot be renamed over another, so the old one is first renamed aside
 * to {@code .NAME.regsec-PID-RANDOM.old} and removed after the new one took its name. What a
 * killed run leaves of these (for a process that is no longer running) is recognised by the next
 * write to the same target, or by {@link #removeLeftovers(Path)}: a {@code .part} is deleted; an
 * {@code .old} whose target is missing (a kill between the two renames) is renamed back, and
 * deleted otherwise.
 *
 * <p>A new file or directory gets the permissions the user's umask gives new files and
 * directories; a replaced one keeps the permissions it had (on file systems with POSIX
 * permissions). An existing device or named pipe ({@code /dev/null}, a FIFO) is written to
 * directly, never replaced. A symbolic link to a file or directory stays a link: what it points to
 * is replaced. On a file system other than the platform's (a zip file system, which writes the
 * whole zip file when it is closed) a directory's files are written in place.
 */
public final class OutputFiles {

    private static final String MARK = ".regsec-";
    /** The ending of a new file or directory being written. */
    private static final String PART = ".part";
    /** The ending of an old directory moved aside for the instant of the swap. */
    private static final String OLD = ".old";
    private static final String GZ = ".gz";
    private static final int BUFFER = 1 << 16;

    private OutputFiles() {
    }

    /** What writes a new directory's files, for {@link #replaceDirectory(Path, Predicate, DirectoryContent)}. */
    @FunctionalInterface
    public interface DirectoryContent {

        /**
         * Writes the files into {@code directory}, a new empty directory.
         *
         * @param directory the new directory, beside the target, that takes the target's place
         *     once every file is written
         * @throws IOException when a file cannot be written; the target is then left as it was
         */
        void writeInto(Path directory) throws IOException;
    }

    /**
     * Opens a file for writing, buffered; a {@code .gz} name gzips it. The bytes go to a
     * temporary file beside it, which replaces the file only when the stream is closed after every
     * write went through: a write that fails (a full disk) or a process that dies leaves the old
     * file as it was, never half of a new one. An existing device or named pipe is written to
     * directly.
     *
     * @param file the file to write; replaced when the stream is closed
     * @return a stream to write the file's bytes to, gzipped when the name ends with {@code .gz}
     * @throws FileSystemException when {@code file} is a directory
     * @throws IOException when the file's directory or the temporary file cannot be created
     */
    public static OutputStream replace(Path file) throws IOException {
        Path target = target(file);
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a device or a named pipe: there is nothing to replace, the bytes go where it leads
            return gzipIfNamed(file, new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE), BUFFER));
        }
        Files.createDirectories(target.getParent());
        removeLeftovers(target);
        Path temp = null;
        FileChannel channel = null;
        while (channel == null) {
            temp = sibling(target, PART);
            try {
                // no file attributes: the new file gets the permissions the umask gives new files
                channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // the rare same random name: draw another
            }
        }
        return new ReplacingOutputStream(file, channel, temp, target);
    }

    /**
     * Writes a directory: {@code content} writes the new files into a new directory beside
     * {@code directory}, which then takes its place. Entries of an existing directory that
     * {@code replaced} does not claim (notes, a README) and that {@code content} did not write are
     * carried over into the new directory (as hard links where the file system allows, copies
     * otherwise), so only the old files the writer owns go. A failure before the swap leaves the
     * old directory as it was.
     *
     * @param directory the directory to write; created, or replaced whole
     * @param replaced the names of the old directory's entries that belong to what is replaced
     *     (the old dataset's files), which are not carried over
     * @param content writes the new files
     * @throws NotDirectoryException when {@code directory} is a file
     * @throws FileSystemException when {@code directory} is the working directory or holds it
     * @throws IOException when {@code content} fails or the directory cannot be written, created
     *     or swapped; the old directory is then as it was
     */
    public static void replaceDirectory(Path directory, Predicate<String> replaced, DirectoryContent content)
            throws IOException {
        Path target = target(directory);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NotDirectoryException(directory.toString());
        }
        if (Path.of("").toAbsolutePath().normalize().startsWith(target)) {
            throw new FileSystemException(directory.toString(), null,
                    "is the working directory or holds it: give a directory of its own");
        }
        Files.createDirectories(target.getParent());
        if (target.getFileSystem() != FileSystems.getDefault()) {
            writeInPlace(target, replaced, content);
            return;
        }
        removeLeftovers(target);
        Path temp = null;
        while (temp == null) {
            Path candidate = sibling(target, PART);
            try {
                temp = Files.createDirectory(candidate); // the permissions the umask gives new directories
            } catch (FileAlreadyExistsException e) {
                // the rare same random name: draw another
            }
        }
        try {
            content.writeInto(temp);
            syncFiles(temp);
            if (Files.isDirectory(target)) {
                keepPermissions(target, temp);
                carryOver(target, temp, replaced);
            }
            swap(target, temp);
        } catch (Throwable failure) {
            deleteQuietly(temp, failure);
            throw failure;
        }
    }

    /**
     * On a file system of another provider (a zip file, which is written as a whole when it is
     * closed) a directory cannot be renamed with its contents: the old dataset's files are deleted
     * and the new ones written in their place.
     */
    private static void writeInPlace(Path target, Predicate<String> replaced, DirectoryContent content)
            throws IOException {
        Files.createDirectories(target);
        List<Path> old = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target,
                entry -> replaced.test(entry.getFileName().toString()))) {
            entries.forEach(old::add);
        }
        for (Path entry : old) {
            deleteTree(entry);
        }
        content.writeInto(target);
    }

    /**
     * Puts right what a killed write to {@code target} left beside it: deletes the new files and
     * directories it was writing, and renames an old directory it had moved aside back to
     * {@code target} when nothing has taken that name (otherwise deletes it). Leaves alone what a
     * process that is still running is writing. Writing to a target does this first; call it
     * before looking at a target to see what is there.
     *
     * @param target the file or directory whose leftovers to remove
     * @throws IOException when a leftover cannot be deleted or renamed back
     */
    public static void removeLeftovers(Path target) throws IOException {
        Path absolute = target(target);
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        Pattern pattern = Pattern.compile(Pattern.quote("." + absolute.getFileName() + MARK)
                + "(\\d+)-[0-9a-z]+(" + Pattern.quote(PART) + "|" + Pattern.quote(OLD) + ")");
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
                entry -> pattern.matcher(entry.getFileName().toString()).matches())) {
            siblings.forEach(leftovers::add);
        }
        for (Path leftover : leftovers) {
            Matcher m = pattern.matcher(leftover.getFileName().toString());
            if (!m.matches() || isRunning(m.group(1))) {
                continue;
            }
            if (m.group(2).equals(OLD) && !Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(leftover, absolute, StandardCopyOption.ATOMIC_MOVE); // a kill between the two renames
            } else {
                deleteTree(leftover);
            }
        }
    }

    /** The target as written to: absolute, a symbolic link followed to what it points to. */
    private static Path target(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new FileSystemException(path.toString(), null, "is a file system's root: give a name in it");
        }
        return Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    private static Path sibling(Path target, String ending) {
        String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        return target.resolveSibling("." + target.getFileName() + MARK + ProcessHandle.current().pid() + "-" + random
                + ending);
    }

    private static boolean isRunning(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static OutputStream gzipIfNamed(Path file, OutputStream out) throws IOException {
        return InputFiles.fileName(file).toLowerCase(Locale.ROOT).endsWith(GZ) ? new GZIPOutputStream(out, BUFFER) : out;
    }

    /** Gives {@code to} the POSIX permissions of {@code from}, where the file system has them. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    /** A replaced directory, and each file in it that is replaced by one of the same name, keeps its permissions. */
    private static void keepPermissions(Path old, Path replacement) throws IOException {
        copyPermissions(old, replacement);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(replacement)) {
            for (Path file : files) {
                Path before = old.resolve(file.getFileName().toString());
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.isRegularFile(before, LinkOption.NOFOLLOW_LINKS)) {
                    copyPermissions(before, file);
                }
            }
        }
    }

    /** Carries the old directory's entries that are not replaced into the new one. */
    private static void carryOver(Path old, Path replacement, Predicate<String> replaced) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(old)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Path copy = replacement.resolve(name);
                if (!replaced.test(name) && !Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                    linkTree(entry, copy);
                }
            }
        }
    }

    /** Recreates a file, link or directory tree at {@code to}: files as hard links, or copies where links fail. */
    private static void linkTree(Path from, Path to) throws IOException {
        if (Files.isSymbolicLink(from)) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
        } else if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(to);
            copyPermissions(from, to);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
                for (Path entry : entries) {
                    linkTree(entry, to.resolve(entry.getFileName().toString()));
                }
            }
        } else if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        } else {
            throw new FileSystemException(from.toString(), null,
                    "is a device, pipe or socket, which cannot be carried into the new directory: move it elsewhere");
        }
    }

    /** Syncs the regular files directly in a directory to the disk, so that the rename never publishes lost data. */
    private static void syncFiles(Path directory) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    // opened for writing: Windows syncs no read-only handle
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                }
            }
        }
    }

    /** Puts the new directory in the old one's place: old aside, new in, old deleted. */
    private static void swap(Path target, Path replacement) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(replacement, target);
            return;
        }
        Path old = null;
        while (old == null) {
            Path candidate = sibling(target, OLD);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                move(target, candidate);
                old = candidate;
            }
        }
        try {
            move(replacement, target);
        } catch (IOException | RuntimeException | Error e) {
            try {
                move(old, target);
            } catch (IOException undo) {
                e.addSuppressed(undo); // the old directory stays as .old: the next write puts it back
            }
            throw e;
        }
        // the new directory is in place; an old one that cannot be deleted now is deleted by the next write
        deleteQuietly(old, null);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new FileSystemException(to.toString(), null,
                    "cannot be replaced in one step on this file system (is it a mount point?): write to a new name");
        }
    }

    private static void deleteQuietly(Path path, Throwable failure) {
        try {
            deleteTree(path);
        } catch (IOException | RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Deletes a file or a directory tree, never following a link. */
    private static void deleteTree(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Writes to a temporary file, through a buffer and, for a {@code .gz} name, gzip; on a clean
     * close syncs it and renames it over the target (which keeps its permissions); deletes it
     * otherwise.
     */
    private static final class ReplacingOutputStream extends OutputStream {
        private final FileChannel channel;
        private final Path temp;
        private final Path target;
        private final OutputStream data;
        private boolean failed;
        private boolean closed;

        ReplacingOutputStream(Path file, FileChannel channel, Path temp, Path target) throws IOException {
            this.channel = channel;
            this.temp = temp;
            this.target = target;
            // closing the data stream finishes gzip and empties the buffer, but leaves the channel to close()
            OutputStream toChannel = new FilterOutputStream(Channels.newOutputStream(channel)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            try {
                this.data = gzipIfNamed(file, new BufferedOutputStream(toChannel, BUFFER));
            } catch (IOException | RuntimeException e) {
                channel.close();
                Files.deleteIfExists(temp);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                data.write(b);
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                data.write(b, off, len);
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                data.flush();
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (!failed) {
                    data.close();
                    channel.force(true);
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            } finally {
                finish();
            }
        }

        /** Closes the file and renames it over the target, or deletes it when a write failed. */
        private void finish() throws IOException {
            try {
                channel.close();
            } catch (IOException e) {
                if (!failed) {
                    failed = true;
                    Files.deleteIfExists(temp);
                    throw e;
                }
            }
            if (failed) {
                Files.deleteIfExists(temp);
                return;
            }
            try {
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    copyPermissions(target, temp); // a replaced file keeps its permissions
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }
}
