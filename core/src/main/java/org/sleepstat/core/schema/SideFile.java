package org.sleepstat.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a small file that tells the import how to read a survey: a codebook, a data dictionary,
 * a column map. These are a few kilobytes of CSV text, so anything else is refused before it is
 * read whole: a directory, a device such as {@code /dev/zero}, a pipe, a file larger than {@link
 * #LIMIT}, or bytes that are not text. A pipe is refused rather than read because nothing bounds
 * when it ends.
 */
public final class SideFile {
  /** Far above any real side file: a REDCap dictionary of 10,000 fields is about 5 MB. */
  public static final int LIMIT = 16 << 20;

  private SideFile() {}

  /** Why a side file cannot be used, without the file's name. */
  public static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String reason) {
      super(reason);
    }

    /** What is wrong, to follow the file's name and a colon. */
    public String reason() {
      return getMessage();
    }
  }

  /**
   * The bytes of the side file at {@code path}.
   *
   * @param noun what the file should be, for messages ("codebook", "column map")
   * @param directoryNoun what a directory is not ("codebook file", "column map")
   */
  public static byte[] read(Path path, String noun, String directoryNoun) throws Unusable {
    return read(path, noun, directoryNoun, "a CSV file");
  }

  /**
   * The bytes of the side file at {@code path}.
   *
   * @param format what the file must be, for messages ("a CSV file", "a YAML file")
   */
  public static byte[] read(Path path, String noun, String directoryNoun, String format)
      throws Unusable {
    if (Files.isDirectory(path)) {
      throw new Unusable("is a directory, not a " + directoryNoun);
    }
    if (!Files.exists(path)) {
      throw new Unusable("no such " + noun + " file");
    }
    if (!Files.isRegularFile(path)) {
      throw new Unusable("is not a regular file (a device, a pipe or a socket?); a " + noun
          + " must be " + format);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(LIMIT + 1);
    } catch (NoSuchFileException e) {
      throw new Unusable("no such " + noun + " file");
    } catch (AccessDeniedException e) {
      throw new Unusable("cannot be read (permission denied)");
    } catch (IOException e) {
      throw new Unusable("cannot be read (" + e.getMessage() + ")");
    }
    if (bytes.length > LIMIT) {
      throw new Unusable("is larger than " + (LIMIT >> 20) + " MB, far larger than any " + noun
          + "; is it the right file?");
    }
    checkText(bytes, noun, format);
    return bytes;
  }

  private static void checkText(byte[] bytes, String noun, String format) throws Unusable {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw new Unusable("is UTF-16 text; save the " + noun + " as UTF-8"
          + (format.endsWith("CSV file") ? " CSV" : "") + " and try again");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new Unusable("holds binary data, not text; a " + noun + " must be " + format);
      }
    }
  }
}
