package io.github.regsec.formats.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses gzip data (RFC 1952) member after member, to the end of the input, with an
 * {@link Inflater} of its own. Unlike {@link java.util.zip.GZIPInputStream}, which stops without a
 * word at a member header it cannot read, at bytes after the last member, or when the stream
 * below has nothing {@linkplain InputStream#available() available} at a member's end, it reads
 * every member and throws {@link DamagedGzipException} for whatever is not a complete member: a
 * damaged header, damaged compressed data, a wrong checksum or length, data that breaks off, and
 * bytes after a member that are not another one. Every byte decompressed before the damage is
 * handed out first; after the exception, every read throws it again.
 */
final class GzipMembersInputStream extends InputStream {

    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED_FLAGS = 0xE0;

    private final InputStream in;
    private final byte[] input = new byte[1 << 16];
    private final byte[] oneByte = new byte[1];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final CRC32 headerCrc = new CRC32();
    private int position;
    private int limit;
    private int member;
    private boolean ended;
    private boolean closed;
    private DamagedGzipException failure;

    /**
     * Reads the first member's header.
     *
     * @param in the compressed bytes, from their first byte
     * @throws DamagedGzipException when they do not start with a gzip header
     */
    GzipMembersInputStream(InputStream in) throws IOException {
        this.in = Objects.requireNonNull(in, "in");
        startMember(readByte());
    }

    @Override
    public int read() throws IOException {
        return read(oneByte, 0, 1) < 0 ? -1 : oneByte[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (closed) {
            throw new IOException("stream closed");
        }
        if (failure != null) {
            throw failure;
        }
        if (length == 0) {
            return 0;
        }
        while (!ended) {
            int n;
            try {
                n = inflater.inflate(buffer, offset, length);
            } catch (DataFormatException e) {
                throw fail(DamagedGzipException.damaged());
            }
            if (n > 0) {
                crc.update(buffer, offset, n);
                return n;
            }
            if (inflater.finished()) {
                endMember();
            } else if (inflater.needsDictionary()) {
                throw fail(DamagedGzipException.damaged()); // gzip has no preset dictionary
            } else if (inflater.needsInput()) {
                if (!fill()) {
                    throw fail(DamagedGzipException.damaged()); // the data breaks off inside a member
                }
                inflater.setInput(input, position, limit - position);
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            inflater.end();
            in.close();
        }
    }

    /** Checks the trailer of the member just inflated; then starts the next member, or ends at the end of the input. */
    private void endMember() throws IOException {
        position = limit - inflater.getRemaining();
        long expectedCrc = readTrailerInt();
        long expectedSize = readTrailerInt();
        if (expectedCrc != crc.getValue() || expectedSize != (inflater.getBytesWritten() & 0xFFFF_FFFFL)) {
            throw fail(DamagedGzipException.damaged());
        }
        int next = readByte();
        if (next < 0) {
            ended = true;
            return;
        }
        startMember(next);
    }

    /** Reads a member's header, its first byte already read, and readies the inflater for its data. */
    private void startMember(int first) throws IOException {
        member++;
        headerCrc.reset();
        if (first >= 0) {
            headerCrc.update(first);
        }
        if (first != MAGIC_1 || headerByte() != MAGIC_2 || headerByte() != DEFLATE) {
            throw badHeader();
        }
        int flags = headerByte();
        if ((flags & RESERVED_FLAGS) != 0) {
            throw badHeader();
        }
        for (int i = 0; i < 6; i++) {
            headerByte(); // modification time, extra flags, operating system
        }
        if ((flags & FEXTRA) != 0) {
            int length = headerByte() | headerByte() << 8;
            for (int i = 0; i < length; i++) {
                headerByte();
            }
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            int expected = (int) (headerCrc.getValue() & 0xFFFF);
            if ((headerByte() | headerByte() << 8) != expected) {
                throw badHeader();
            }
        }
        inflater.reset();
        crc.reset();
        inflater.setInput(input, position, limit - position);
    }

    private void skipZeroTerminated() throws IOException {
        while (headerByte() != 0) {
            // the file name or comment, not needed
        }
    }

    /** The next byte of a header; a header that breaks off is a bad header. */
    private int headerByte() throws IOException {
        int b = readByte();
        if (b < 0) {
            throw badHeader();
        }
        headerCrc.update(b);
        return b;
    }

    private DamagedGzipException badHeader() {
        return fail(member == 1 ? DamagedGzipException.unreadable() : DamagedGzipException.notAMemberAfter(member - 1));
    }

    /** A little-endian 32-bit trailer field; data that breaks off in the trailer is damaged. */
    private long readTrailerInt() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = readByte();
            if (b < 0) {
                throw fail(DamagedGzipException.damaged());
            }
            value |= (long) b << (8 * i);
        }
        return value;
    }

    /** The next compressed byte, or -1 at the end of the input. */
    private int readByte() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return input[position++] & 0xFF;
    }

    /** Reads more compressed bytes into the empty buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(input, 0, input.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private DamagedGzipException fail(DamagedGzipException e) {
        failure = e;
        return e;
    }
}
