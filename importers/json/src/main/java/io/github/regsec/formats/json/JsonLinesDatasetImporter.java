package io.github.regsec.formats.json;

import io.github.regsec.formats.DatasetImporter;
import io.github.regsec.formats.ImportContext;
import io.github.regsec.formats.ImportException;
import io.github.regsec.formats.InputFiles;
import io.github.regsec.formats.io.ReadingThreads;
import io.github.regsec.formats.io.Utf16Exception;
import io.github.regsec.problem.Location;
import io.github.regsec.problem.Problem;
import io.github.regsec.problem.RuleIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads regsec JSON Lines ({@code *.ndjson}, {@code *.jsonl}; docs/FORMATS.md#json-lines): one record
 * object a line with a {@code "type"} of {@code source}, {@code organization},
 * {@code field_office}, {@code meeting}, {@code membership}, {@code person} or {@code post}, in
 * any order; blank lines are
 * allowed. Streams: the bytes are cut at line ends into chunks ({@link LineChunks}) that are
 * decoded on up to {@code ReadOptions.threads} threads ({@link ChunkDecoder}) and handed on in
 * file order, a bounded number at a time, so a file larger than the heap can be read with
 * {@link ImportContext#streaming}; the records, problems and locations are the same whatever the
 * number of threads. A broken line is one rejected row; the other
 * lines still import. Damaged gzip data (in any member of a multi-member file, or data after the
 * last member that is not gzip) ends the file with one rejected row where it breaks off;
 * a UTF-16 file, and a {@code .gz} file that is not gzip, are refused as a whole. Locations are the
 * line's number and the column in it (a bare {@code \r} inside a line is white space, not a line end).
 */
public final class JsonLinesDatasetImporter implements DatasetImporter {

    /** Chunks decoded or being decoded ahead of the one handed on, per thread. */
    private static final int CHUNKS_AHEAD_PER_THREAD = 2;
    /** The most chunks ahead whatever the number of threads, so that memory stays bounded on many cores. */
    private static final int MOST_CHUNKS_AHEAD = 32;

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("ndjson", "jsonl");
    }

    @Override
    public String description() {
        return "regsec JSON Lines: one record a line, {\"type\": \"organization\", \"id\": ...}";
    }

    @Override
    public void read(InputStream in, String fileName, ImportContext context) throws IOException {
        read(in, fileName, context, LineChunks.CHUNK_BYTES, true);
    }

    /**
     * Reads whole lines cut from a regsec JSON Lines file by a reader that splits the file
     * (Spark reads a large file as many parts): the records and problems are exactly those that
     * {@link #read} finds on these lines, at the same line numbers and columns. The bytes are
     * UTF-8 without a byte order mark, and each line ends with {@code \n} but perhaps the last.
     *
     * @param bytes the lines' bytes
     * @param length how many bytes of {@code bytes} hold lines
     * @param fileName the file's name, for locations
     * @param firstLine the number of the first line in the file (1 for the file's start)
     * @param context where the records and problems go
     * @throws ImportException when the context stops the read (too many problems)
     */
    public static void readLines(byte[] bytes, int length, String fileName, int firstLine, ImportContext context)
            throws ImportException {
        if (length < 0 || length > bytes.length || firstLine < 1) {
            throw new IllegalArgumentException("length " + length + " of " + bytes.length + " bytes, first line " + firstLine);
        }
        ChunkDecoder decoder = new ChunkDecoder(Jackson.factory(context.options()), context.options(), fileName, true);
        try {
            decoder.decode(new LineChunks.Chunk(bytes, length, firstLine, null), RowEvents.of(context));
        } catch (ImportException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory reading only
        }
    }

    /**
     * Reads with chunks of a given size, and with or without decoding records straight from the
     * bytes; for tests, which compare these with each other and with any number of threads.
     */
    static void read(InputStream in, String fileName, ImportContext context, int chunkBytes, boolean direct)
            throws IOException {
        context.reading(fileName);
        Optional<InputStream> text = InputFiles.decompressed(in, fileName, context);
        if (text.isPresent()) {
            readText(new LineChunks(text.get(), chunkBytes, context.options().maxRecordLength()), fileName, context,
                    direct);
        }
    }

    /** Reads the lines. */
    private static void readText(LineChunks chunks, String fileName, ImportContext context, boolean direct)
            throws IOException {
        JsonFactory factory = Jackson.factory(context.options());
        try {
            LineChunks.Chunk first = chunks.next();
            LineChunks.Chunk second = first == null ? null : chunks.next();
            if (second == null || context.options().threadCount() == 1) {
                ChunkDecoder decoder = new ChunkDecoder(factory, context.options(), fileName, direct);
                RowEvents events = RowEvents.of(context);
                for (LineChunks.Chunk chunk = first; chunk != null; chunk = chunk == first ? second : chunks.next()) {
                    decoder.decode(chunk, events);
                    chunks.recycle(chunk);
                }
            } else {
                readInParallel(first, second, chunks, new ChunkDecoders(factory, fileName, direct), context);
            }
        } catch (Utf16Exception e) {
            context.report(Problem.error(RuleIds.SYNTAX, e.getMessage()).withLocation(Location.of(fileName, 1, 1)));
        }
    }

    /**
     * Decodes the chunks on a pool of threads, a bounded number ahead, and hands each one's
     * records and problems on to the context in file order, on this thread.
     */
    private static void readInParallel(LineChunks.Chunk first, LineChunks.Chunk second, LineChunks chunks,
                                       ChunkDecoders how, ImportContext context) throws IOException {
        int threads = Math.min(context.options().threadCount(), MOST_CHUNKS_AHEAD);
        int mostAhead = Math.min(threads * CHUNKS_AHEAD_PER_THREAD, MOST_CHUNKS_AHEAD);
        ExecutorService pool = ReadingThreads.pool(threads, "regsec-jsonl-" + how.fileName());
        ThreadLocal<ChunkDecoder> decoders = ThreadLocal.withInitial(
                () -> new ChunkDecoder(how.factory(), context.options(), how.fileName(), how.direct()));
        ArrayDeque<Decoding> ahead = new ArrayDeque<>();
        try {
            for (LineChunks.Chunk chunk = first; chunk != null; chunk = chunk == first ? second : chunks.next()) {
                if (ahead.size() >= mostAhead) {
                    handOn(ahead.poll(), chunks, context);
                }
                LineChunks.Chunk decoding = chunk;
                ahead.add(new Decoding(chunk, pool.submit(() -> decoders.get().decode(decoding))));
            }
            while (!ahead.isEmpty()) {
                handOn(ahead.poll(), chunks, context);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What each thread's {@link ChunkDecoder} is made with. */
    private record ChunkDecoders(JsonFactory factory, String fileName, boolean direct) {
    }

    /** A chunk and its decoding on the pool. */
    private record Decoding(LineChunks.Chunk chunk, Future<RowEvents.Recorder> events) {
    }

    private static void handOn(Decoding decoding, LineChunks chunks, ImportContext context) throws IOException {
        RowEvents.Recorder events;
        try {
            events = decoding.events().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading JSON Lines");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        events.replay(context);
        chunks.recycle(decoding.chunk());
    }
}
