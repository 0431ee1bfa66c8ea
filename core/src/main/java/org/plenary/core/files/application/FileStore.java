package org.plenary.core.files.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.core.files.domain.FileRefused;
import org.plenary.core.files.domain.FileSniffer;
import org.plenary.core.files.domain.FileType;
import org.plenary.core.files.domain.StoredFile;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * Keeps uploaded files in {@code files/} under the data directory ({@code plenary.data.dir},
 * outside the web root), each under a generated name, after checking its size ({@code
 * plenary.upload.max-bytes}, environment {@code PLENARY_UPLOAD_MAX_BYTES}, 20 MiB by default) and
 * its type by content. The use case that stores a file decides who may, and who may read it back:
 * this service is its building block, not a boundary of its own. If the transaction that stored a
 * file rolls back, the file is deleted again. Storing and reading back are open to anonymous
 * callers too (a public consultation's commenters attach files): the use case decides.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY})
public class FileStore {
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "plenary.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "plenary.upload.max-bytes", defaultValue = "" + DEFAULT_MAX_BYTES)
  long maxBytes;

  /**
   * Reads the upload to its end (at most the limit), checks its type and keeps it.
   *
   * @throws FileRefused when it is empty, too large or not an accepted type; nothing is kept
   */
  @PermitAll
  public StoredFile store(InputStream content, String originalName) {
    UUID name = UUID.randomUUID();
    Path folder = folder();
    Path part = folder.resolve(name + ".part");
    Path file = folder.resolve(name.toString());
    try {
      long size = copyAtMost(content, part);
      FileType type;
      try (InputStream written = Files.newInputStream(part)) {
        type = new FileSniffer().sniff(written);
      }
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
      deleteOnRollback(file);
      StoredFile stored = new StoredFile(name, originalName, type, size, clock.instant(), caller());
      em.persist(stored);
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store an upload", e);
    } finally {
      delete(part);
    }
  }

  /** Where the stored file's content is on disk. */
  @PermitAll
  public Path content(StoredFile file) {
    Path path = folder().resolve(UUID.fromString(file.getStoredName()).toString());
    if (!Files.isRegularFile(path)) {
      throw new NotFoundException("file", file.getOriginalName());
    }
    return path;
  }

  /** The largest upload accepted, in bytes. */
  @PermitAll
  public long maxBytes() {
    return maxBytes;
  }

  private long copyAtMost(InputStream content, Path part) throws IOException {
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(part)) {
      for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
        size += read;
        if (size > maxBytes) {
          throw new FileRefused(
              FileRefused.Rule.TOO_LARGE, "the file is larger than " + maxBytes + " bytes");
        }
        out.write(buffer, 0, read);
      }
    }
    if (size == 0) {
      throw new FileRefused(FileRefused.Rule.EMPTY, "the file is empty");
    }
    return size;
  }

  private void deleteOnRollback(Path file) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to prepare
          }

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              delete(file);
            }
          }
        });
  }

  private Path folder() {
    Path folder = Path.of(dataDir).toAbsolutePath().resolve("files");
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete " + path, e);
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
