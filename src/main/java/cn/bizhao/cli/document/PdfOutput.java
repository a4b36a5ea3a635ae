package cn.bizhao.cli.document;

import cn.bizhao.domain.DomainException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Option;

/**
 * {@code --out F.pdf [--force]}: where a document goes. The file appears whole or not at all (a
 * temporary file beside it, flushed to disk, then renamed), so a printer queue or a folder watcher
 * never picks up half a PDF, and an existing file is kept unless {@code --force} is given.
 */
public final class PdfOutput {
    @Option(names = "--out", paramLabel = "F.pdf", required = true, descriptionKey = "cli.option.out")
    private Path out;

    @Option(names = "--force", descriptionKey = "cli.option.force")
    private boolean force;

    /** Refuses early, before any work or password prompt, when the file could not be written. */
    public void requireFree() {
        Path target = target();
        if (target.getParent() == null || Files.isDirectory(target)) {
            throw new DomainException("error.cli.outIsFolder", target.toString());
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new DomainException("error.cli.outFolderMissing", target.getParent().toString());
        }
        if (Files.exists(target) && !force) {
            throw new DomainException("error.cli.outExists", target.toString());
        }
    }

    /** Writes the PDF and returns the absolute path written. */
    public Path write(byte[] pdf) {
        requireFree(); // again: rendering took a moment, and the folder may have changed meanwhile
        Path target = target();
        Path temporary = null;
        try {
            // created owner-only: documents carry personal data, and the rename keeps these permissions
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(pdf));
                channel.force(true);
            }
            if (force) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, target); // fails, never replaces, if the file appeared meanwhile
            }
            temporary = null;
            return target;
        } catch (FileAlreadyExistsException e) {
            throw new DomainException("error.cli.outExists", target.toString());
        } catch (IOException e) {
            throw new DomainException("error.cli.outNotWritten", target.toString());
        } finally {
            deleteQuietly(temporary);
        }
    }

    private Path target() {
        return out.toAbsolutePath().normalize();
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the write already failed and says so; a stray temporary file is the lesser problem
        }
    }
}
