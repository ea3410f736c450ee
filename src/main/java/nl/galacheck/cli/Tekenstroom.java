package nl.galacheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A renderer's UTF-8 bytes passed on to the terminal's writer as they come, so a report of tens of
 * megabytes is never held in memory whole. {@link #close()} finishes the last characters and flushes, but
 * leaves the writer open.
 */
final class Tekenstroom extends OutputStream {

    private final Writer doel;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer tekens = CharBuffer.allocate(8192);

    Tekenstroom(Writer doel) {
        this.doel = doel;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            decodeer(false);
        }
    }

    /** Decodes what is complete; a character split over two writes waits in the buffer for its rest. */
    private void decodeer(boolean einde) throws IOException {
        bytes.flip();
        CoderResult r;
        do {
            r = decoder.decode(bytes, tekens, einde);
            leeg();
        } while (r.isOverflow());
        bytes.compact();
    }

    private void leeg() throws IOException {
        tekens.flip();
        doel.write(tekens.array(), 0, tekens.limit());
        tekens.clear();
    }

    @Override
    public void flush() throws IOException {
        doel.flush();
    }

    @Override
    public void close() throws IOException {
        decodeer(true);
        decoder.flush(tekens);
        leeg();
        doel.flush();
    }
}
