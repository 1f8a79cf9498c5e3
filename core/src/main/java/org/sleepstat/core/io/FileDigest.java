package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * A file's SHA-256, CRC-32C and size, in one pass. Also a program, run by {@link
 * DigestProcess} in a JVM of its own: {@code FileDigest FILE} prints {@code SHA256 CRC32C SIZE}
 * (hex, decimal, decimal) on one line and exits 0, or exits 1 when the file cannot be read.
 */
public final class FileDigest {
  private static final int BUFFER = 1 << 16;

  /** The digest of some bytes: SHA-256 in lower-case hex, CRC-32C, and the number of bytes. */
  record Digest(String sha256, long crc, long size) {
    /** The line the program prints. */
    String line() {
      return String.format(Locale.ROOT, "%s %d %d", sha256, crc, size);
    }

    /** The digest of a line {@link #line()} made; null when it is not one. */
    static Digest parse(String line) {
      String[] parts = line.strip().split(" ");
      if (parts.length != 3 || !parts[0].matches("[0-9a-f]{64}")) {
        return null;
      }
      try {
        return new Digest(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  private FileDigest() {}

  /** Reads {@code in} to its end. */
  static Digest of(InputStream in) throws IOException {
    MessageDigest sha = sha256();
    CRC32C crc = new CRC32C();
    byte[] buf = new byte[BUFFER];
    long size = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      sha.update(buf, 0, n);
      crc.update(buf, 0, n);
      size += n;
    }
    return new Digest(HexFormat.of().formatHex(sha.digest()), crc.getValue(), size);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * Prints the digest of the file {@code args[0]}.
   *
   * @param args the file's path
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.US_ASCII);
    if (args.length != 1) {
      System.exit(2);
    }
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      out.println(of(in).line());
    } catch (IOException | RuntimeException e) {
      System.exit(1);
    }
  }
}
