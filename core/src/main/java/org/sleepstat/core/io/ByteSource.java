package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a survey's bytes come from: a file, or a resource such as the bundled sample. The
 * importer opens it more than once (a scan for encoding and checksum, then the parse).
 */
public interface ByteSource {
  /** How messages name the source, e.g. the path as the user typed it. */
  String name();

  /** Opens a fresh stream over the whole content. */
  InputStream open() throws IOException;

  /**
   * Whether {@link #open} may be called more than once, each time giving the same bytes; a
   * source that is not is read once, into a temporary copy.
   */
  default boolean repeatable() {
    return true;
  }

  /** The file behind this source, if it is one, so that the importer can check it first. */
  default Optional<Path> path() {
    return Optional.empty();
  }

  /** A file on disk, named in messages as {@code path} is written. */
  static ByteSource of(Path path) {
    return of(path, path.toString());
  }

  /** A file on disk, named in messages as {@code name}. */
  static ByteSource of(Path path, String name) {
    Objects.requireNonNull(path, "path");
    return new NamedSource(name, () -> Files.newInputStream(path), Optional.of(path), true);
  }

  /** A class-path resource, named in messages as {@code name}. */
  static ByteSource ofResource(String name, Class<?> anchor, String resource) {
    Objects.requireNonNull(anchor, "anchor");
    return new NamedSource(name, () -> {
      InputStream in = anchor.getResourceAsStream(resource);
      if (in == null) {
        throw new IOException("resource not found: " + resource);
      }
      return in;
    }, Optional.empty(), true);
  }

  /** Bytes in memory, for tests and for content already read. */
  static ByteSource ofBytes(String name, byte[] content) {
    byte[] copy = content.clone();
    return new NamedSource(name, () -> new java.io.ByteArrayInputStream(copy), Optional.empty(),
        true);
  }

  /**
   * A stream that can be read only once, such as standard input; the importer copies it to a
   * temporary file as it reads it, and deletes the copy when done.
   */
  static ByteSource ofStream(String name, InputStream in) {
    Objects.requireNonNull(in, "in");
    return new NamedSource(name, () -> in, Optional.empty(), false);
  }
}
