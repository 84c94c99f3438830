package org.staffroomwarden.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code scan}: JSON lines in, one JSON line out for each, in input order, on several threads.
 * Memory stays bounded whatever the input's size: at most a fixed number of lines are in flight.
 */
public final class ScanCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ScanCommand.class);
    private static final Future<String> END = CompletableFuture.completedFuture(null);
    private static final int LINES_IN_FLIGHT_PER_THREAD = 64;

    private final ScanLine scanLine;
    private final int threads;

    public ScanCommand(ScanLine scanLine, int threads) {
        this.scanLine = scanLine;
        this.threads = threads;
    }

    /** @return the exit code: 0, or 1 when standard input could not be read */
    public int run(InputStream in, OutputStream out) throws InterruptedException {
        // Invalid UTF-8 becomes U+FFFD rather than failing the run.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        BlockingQueue<Future<String>> pending = new ArrayBlockingQueue<>(threads * LINES_IN_FLIGHT_PER_THREAD);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "scan-worker");
            t.setDaemon(true);
            return t;
        });
        ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "scan-writer");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Void> written = CompletableFuture.runAsync(() -> drain(pending, writer), writerThread);
        int exit = 0;
        long lines = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                String l = line;
                if (!enqueue(pending, pool.submit(() -> safely(l)), written)) {
                    break;
                }
                lines++;
            }
        } catch (IOException e) {
            LOG.error("Could not read standard input after {} lines: {}", lines, e.getMessage());
            exit = 1;
        } finally {
            enqueue(pending, END, written);
        }
        try {
            written.get();
        } catch (ExecutionException e) {
            LOG.error("Could not write standard output: {}", e.getCause().getMessage());
            exit = 1;
        } finally {
            pool.shutdownNow();
            writerThread.shutdownNow();
        }
        LOG.info("Scanned {} lines", lines);
        return exit;
    }

    /** Waits for room in the queue; false when the writer has stopped (its output is gone). */
    private static boolean enqueue(BlockingQueue<Future<String>> pending, Future<String> next,
            CompletableFuture<Void> written) throws InterruptedException {
        while (!pending.offer(next, 100, TimeUnit.MILLISECONDS)) {
            if (written.isDone()) {
                return false;
            }
        }
        return true;
    }

    /** A line that breaks the scanner is answered with an error; the run goes on. */
    private String safely(String line) {
        try {
            return scanLine.process(line);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Scanner failed on a line ({}); answered with an error", e.getClass().getSimpleName());
            return ScanLine.error(null, "internal error while scanning this line; it was skipped");
        }
    }

    private static void drain(BlockingQueue<Future<String>> pending, Writer writer) {
        try {
            while (true) {
                Future<String> next = pending.take();
                if (next == END) {
                    break;
                }
                writer.write(next.get());
                writer.write('\n');
                if (pending.isEmpty()) {
                    writer.flush();
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
