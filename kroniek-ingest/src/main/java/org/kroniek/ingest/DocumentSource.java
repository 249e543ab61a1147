package org.kroniek.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.kroniek.core.DocumentError;
import org.kroniek.ingest.lang.LanguageIdentifier;
import org.kroniek.ingest.readers.DocumentReader;
import org.kroniek.ingest.readers.FeedReader;
import org.kroniek.ingest.readers.HtmlReader;
import org.kroniek.ingest.readers.JsonLinesReader;
import org.kroniek.ingest.readers.PlainTextReader;
import org.kroniek.ingest.readers.SeedReader;

/**
 * Reads files, directories (recursively) and stdin ({@code -}) into documents, with language identified.
 *
 * <p>Each input goes through the same steps: check it exists and is readable, sniff its first bytes to decide
 * the format (unless forced), check the size limit before reading it into memory (JSON Lines is streamed and
 * limited per record instead), decode (see {@link EncodingDetector}; JSON Lines is strict UTF-8), and hand it to
 * the format's reader. Anything wrong with one
 * input becomes one {@link DocumentError} and the batch goes on.
 */
public final class DocumentSource {
    private static final String STDIN_STEM = "stdin";

    private final ReaderOptions options;
    private final InputStream stdin;
    private final LanguageIdentifier languages;
    private final ZoneId zone;

    public DocumentSource(ReaderOptions options) {
        this(options, System.in);
    }

    /** @param stdin what {@code -} reads (tests pass their own stream) */
    public DocumentSource(ReaderOptions options, InputStream stdin) {
        this(options, stdin, new LanguageIdentifier(), ZoneId.systemDefault());
    }

    /** @param zone the zone in which a file's modification time becomes a day */
    public DocumentSource(ReaderOptions options, InputStream stdin, LanguageIdentifier languages, ZoneId zone) {
        this.options = options == null ? ReaderOptions.defaults() : options;
        this.stdin = stdin;
        this.languages = languages;
        this.zone = zone;
    }

    /** Reads every path in order; every document or error goes to the sink; never throws for bad input. */
    public void readAll(List<String> paths, DocumentSink sink) {
        List<String> problems = options.problems();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> sink.error(DocumentError.of("options", problem)));
            return;
        }
        for (String path : paths) {
            read(path, sink);
        }
    }

    /** Reads one path: {@code -} for stdin, a file, or a directory tree. */
    public void read(String path, DocumentSink sink) {
        if (TextInput.STDIN.equals(path)) {
            readGuarded(TextInput.STDIN, sink, () -> readStream(stdin, new Origin(TextInput.STDIN, STDIN_STEM,
                    null, null, -1), sink));
            return;
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            sink.error(DocumentError.of(path, "not a valid path: " + e.getReason()));
            return;
        }
        if (Files.isDirectory(file)) {
            boolean anyExtension = format() != InputFormat.AUTO;
            for (InputTree.Entry entry : InputTree.files(file, anyExtension)) {
                if (entry.problem() != null) {
                    sink.error(DocumentError.of(entry.path().toString(), entry.problem()));
                } else {
                    readFile(entry.path(), entry.path().toString(), sink);
                }
            }
        } else {
            readFile(file, path, sink);
        }
    }

    private void readFile(Path file, String source, DocumentSink sink) {
        readGuarded(source, sink, () -> {
            if (!Files.exists(file)) {
                throw new UnreadableInputException("no such file");
            }
            if (!Files.isReadable(file)) {
                throw new UnreadableInputException("permission denied");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableInputException("empty file");
            }
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            try (InputStream in = Files.newInputStream(file)) {
                readStream(in, new Origin(source, stem(file), file.getFileName().toString(), modified, size), sink);
            }
        });
    }

    /** Where an input came from: what the user typed, the default id, and what the file system knows. */
    private record Origin(String source, String stem, String fileName, Instant lastModified, long size) {
    }

    private void readStream(InputStream raw, Origin origin, DocumentSink sink)
            throws IOException, UnreadableInputException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        byte[] head = peek(in, TextDecoder.SNIFF_BYTES);
        String what = origin.lastModified() == null ? "input" : "file";
        if (head.length == 0) {
            throw new UnreadableInputException("empty " + what);
        }
        InputFormat format = format() != InputFormat.AUTO ? format() : FormatDetector.detect(origin.fileName(), head);
        CompletingSink completing = new CompletingSink(sink, dctFallback(), languages, origin.lastModified());
        if (format == InputFormat.JSONL && !TextDecoder.isUtf16(head)) {
            if (TextDecoder.looksBinary(head)) {
                throw new UnreadableInputException("binary file, not text");
            }
            new JsonLinesReader(options.maxBytes()).read(in, origin.source(), origin.stem(), completing);
            return;
        }
        if (origin.size() > options.maxBytes()) {
            throw new UnreadableInputException(ByteSizes.overLimitMessage(what, origin.size(), options.maxBytes()));
        }
        byte[] bytes = readAtMost(in, options.maxBytes());
        if (bytes == null) {
            throw new UnreadableInputException(what + " is over the " + ByteSizes.format(options.maxBytes())
                    + " limit (--max-bytes)");
        }
        EncodingDetector.Decoded decoded = EncodingDetector.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new UnreadableInputException("empty " + what + " (only white space)");
        }
        if (decoded.warning() != null) {
            sink.warning(DocumentError.of(origin.source(), decoded.warning()));
        }
        completing.recordEncoding(decoded);
        reader(format).read(new TextInput(origin.source(), origin.stem(), text, origin.lastModified()), completing);
    }

    private DocumentReader reader(InputFormat format) {
        return switch (format) {
            case SEED -> new SeedReader();
            case JSONL -> new JsonLinesReader(options.maxBytes());
            case HTML -> new HtmlReader();
            case RSS -> new FeedReader();
            case TEXT, AUTO -> new PlainTextReader();
        };
    }

    private interface InputAction {
        void run() throws IOException, UnreadableInputException;
    }

    /** Turns every way one input can fail into one error for that input; the caller's own failures pass through. */
    private static void readGuarded(String source, DocumentSink sink, InputAction action) {
        try {
            action.run();
        } catch (CompletingSink.SinkFailure e) {
            throw e.getCause();
        } catch (UnreadableInputException e) {
            sink.error(DocumentError.of(source, e.getMessage()));
        } catch (NoSuchFileException e) {
            sink.error(DocumentError.of(source, "no such file"));
        } catch (AccessDeniedException e) {
            sink.error(DocumentError.of(source, "permission denied"));
        } catch (IOException e) {
            sink.error(DocumentError.of(source, "cannot read: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in a parser must cost one document, not the batch; the class name helps a bug report.
            sink.error(DocumentError.of(source, "could not read (internal error " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
    }

    private InputFormat format() {
        return InputFormat.parse(options.format()).orElse(InputFormat.AUTO);
    }

    private DctFallback dctFallback() {
        Optional<Dct> date = options.date() == null ? Optional.empty() : DctParser.parse(options.date());
        return new DctFallback(date, zone);
    }

    private static String stem(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The first {@code n} bytes (fewer at the end of the stream), leaving the stream where it was. */
    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    /** All bytes, or null when there are more than {@code limit}: never holds more than limit + 1 bytes. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 1 << 16));
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > cap) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
