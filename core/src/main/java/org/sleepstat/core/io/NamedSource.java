package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The byte sources {@link ByteSource}'s factories make: a name, how to open, and the facts. */
record NamedSource(String name, Opener opener, Optional<Path> path, boolean repeatable)
    implements ByteSource {

  /** Opens the content. */
  interface Opener {
    InputStream open() throws IOException;
  }

  NamedSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(path, "path");
  }

  @Override
  public InputStream open() throws IOException {
    return opener.open();
  }
}
