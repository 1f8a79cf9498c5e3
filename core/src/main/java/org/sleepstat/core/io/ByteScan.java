package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * One pass over a file's bytes before parsing: its SHA-256, its size, its encoding (byte-order
 * mark, else strict UTF-8, else Windows-1252) and whether it is text at all.
 */
final class ByteScan {
  private static final int BUFFER = 1 << 16;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  enum Kind {
    TEXT,
    EMPTY,
    XLSX,
    XLS,
    BINARY
  }

  /**
   * @param oddQuotes whether the file holds an odd number of '"' bytes: the sign of a quoted field
   *     that is never closed, which the parser would silently read to the end of the file
   * @param crc the CRC-32C of the bytes, to compare with that of a later reading ({@link
   *     ByteTally})
   * @param notUtf8At the offset of the first byte that is not UTF-8, -1 when there is none
   * @param notUtf8Byte that byte
   * @param utf8At the offset of the first valid multi-byte UTF-8 character, -1 when there is none
   */
  record Result(Kind kind, String sha256, long size, Encoding encoding, boolean oddQuotes,
      long lineBreaks, long crc, long notUtf8At, int notUtf8Byte, long utf8At) {
    Result(Kind kind, String sha256, long size, Encoding encoding, long crc) {
      this(kind, sha256, size, encoding, false, 0, crc, -1, 0, -1);
    }

    /** This result with the SHA-256 {@code hex} of the same bytes, computed elsewhere. */
    Result withSha256(String hex) {
      return new Result(kind, hex, size, encoding, oddQuotes, lineBreaks, crc, notUtf8At,
          notUtf8Byte, utf8At);
    }

    /** An upper bound of the number of records of a text file, to size the columns. */
    int maxRecords() {
      return (int) Math.min(lineBreaks + 1, Integer.MAX_VALUE - 16);
    }
  }

  private ByteScan() {}

  private static final long HIGH = 0x8080808080808080L;

  /** The high bit of each byte of ASCII {@code x} that equals the byte repeated in {@code b}. */
  private static long equal(long x, long b) {
    return ~(((x ^ b) | HIGH) - 0x0101010101010101L) & HIGH;
  }

  /**
   * The number of bytes of {@code m} whose high bit is set (m holds only high bits): the bits
   * moved to the bottom of each byte and summed into the top byte by one multiplication, which
   * the quick JIT compiles inline where {@link Long#bitCount} is a call.
   */
  static int highBits(long m) {
    return (int) (((m >>> 7) * 0x0101010101010101L) >>> 56);
  }

  static Result scan(InputStream in) throws IOException {
    return scan(in, true);
  }

  /**
   * {@link #scan(InputStream)}, with the SHA-256 left out (null in the result) unless {@code
   * withSha256}: the caller has it computed elsewhere ({@link DigestProcess}) and adds it ({@link
   * Result#withSha256}).
   */
  static Result scan(InputStream in, boolean withSha256) throws IOException {
    MessageDigest sha = withSha256 ? FileDigest.sha256() : null;
    CRC32C crc = new CRC32C();
    byte[] buf = new byte[BUFFER];
    Utf8Validator utf8 = new Utf8Validator();
    long size = 0;
    byte[] head = new byte[8];
    int headLength = 0;
    boolean nul = false;
    int[] nulAt = new int[2]; // NUL bytes at even and odd offsets of the first buffer
    int controls = 0;
    long quotes = 0;
    long lineFeeds = 0;
    long carriageReturns = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      if (sha != null) {
        sha.update(buf, 0, n);
      }
      crc.update(buf, 0, n);
      for (int i = 0; i < n && headLength < head.length; i++) {
        head[headLength++] = buf[i];
      }
      int i = 0;
      while (i < n) {
        if (i + 8 <= n && utf8.idle()) {
          long x = (long) LONGS.get(buf, i);
          if ((x & HIGH) == 0) {
            // eight ASCII bytes: quotes and line breaks counted side by side (each test exact
            // per byte: a byte with its high bit set minus a smaller one never borrows)
            long control = ~((x | HIGH) - 0x2020202020202020L) & HIGH;
            long lf = equal(x, 0x0A0A0A0A0A0A0A0AL);
            long cr = equal(x, 0x0D0D0D0D0D0D0D0DL);
            if ((control & ~(lf | cr)) == 0) {
              long quote = equal(x, 0x2222222222222222L);
              if (quote != 0) {
                quotes += highBits(quote);
              }
              if (lf != 0) {
                lineFeeds += highBits(lf);
              }
              if (cr != 0) {
                carriageReturns += highBits(cr);
              }
              i += 8;
              continue;
            }
          }
        }
        int from = i;
        int to = Math.min(i + 8, n);
        for (; i < to; i++) {
          byte b = buf[i];
          if (b == '"') {
            quotes++;
          }
          if (b >= 0 && b < 0x20) {
            if (b == '\n') {
              lineFeeds++;
            } else if (b == '\r') {
              carriageReturns++;
            } else if (b == 0) {
              nul = true;
              if (size + i < BUFFER) {
                nulAt[(int) ((size + i) & 1)]++;
              }
            } else if (b != '\t' && b != '\f' && size + i < BUFFER) {
              controls++;
            }
          }
        }
        utf8.accept(buf, from, to, size);
      }
      size += n;
    }
    utf8.finish();
    String digest = sha == null ? null : HexFormat.of().formatHex(sha.digest());
    long c = crc.getValue();
    boolean oddQuotes = (quotes & 1) == 1;
    long lineBreaks = Math.max(lineFeeds, carriageReturns);
    if (size == 0) {
      return new Result(Kind.EMPTY, digest, 0, Encoding.UTF8, c);
    }
    if (startsWith(head, headLength, 0x50, 0x4B, 0x03, 0x04)) {
      return new Result(Kind.XLSX, digest, size, Encoding.UTF8, c);
    }
    if (startsWith(head, headLength, 0xD0, 0xCF, 0x11, 0xE0)) {
      return new Result(Kind.XLS, digest, size, Encoding.UTF8, c);
    }
    if (startsWith(head, headLength, 0xFF, 0xFE)) {
      return new Result(Kind.TEXT, digest, size, Encoding.UTF16LE_BOM, oddQuotes, lineBreaks, c,
          -1, 0, -1);
    }
    if (startsWith(head, headLength, 0xFE, 0xFF)) {
      return new Result(Kind.TEXT, digest, size, Encoding.UTF16BE_BOM, oddQuotes, lineBreaks, c,
          -1, 0, -1);
    }
    Encoding utf16 = utf16WithoutBom(nulAt, Math.min(size, BUFFER));
    if (utf16 != null) {
      return new Result(Kind.TEXT, digest, size, utf16, oddQuotes, lineBreaks, c, -1, 0, -1);
    }
    if (nul || controls > 8) {
      return new Result(Kind.BINARY, digest, size, Encoding.UTF8, c);
    }
    if (startsWith(head, headLength, 0xEF, 0xBB, 0xBF)) {
      return new Result(Kind.TEXT, digest, size, utf8.valid() ? Encoding.UTF8_BOM
          : Encoding.CP1252_FALLBACK_AFTER_BOM, oddQuotes, lineBreaks, c, utf8.invalidAt,
          utf8.invalidByte, utf8.multiByteAt);
    }
    return new Result(Kind.TEXT, digest, size,
        utf8.valid() ? Encoding.UTF8 : Encoding.CP1252_FALLBACK, oddQuotes, lineBreaks, c,
        utf8.invalidAt, utf8.invalidByte, utf8.multiByteAt);
  }

  /**
   * Text in UTF-16 without a byte-order mark shows as NUL bytes in every other position (the high
   * byte of each ASCII character): odd offsets for little-endian, even for big-endian.
   */
  private static Encoding utf16WithoutBom(int[] nulAt, long scanned) {
    int nuls = nulAt[0] + nulAt[1];
    if (scanned < 4 || nuls < scanned / 4) {
      return null;
    }
    if (nulAt[1] >= nuls * 0.95) {
      return Encoding.UTF16LE;
    }
    if (nulAt[0] >= nuls * 0.95) {
      return Encoding.UTF16BE;
    }
    return null;
  }

  /**
   * A guess from the first bytes of a file that it is UTF-8 text (with or without its byte-order
   * mark), for reading it while {@link #scan} runs; null when the bytes do not look so. Only the
   * full scan says for sure.
   */
  static Encoding guessUtf8(byte[] head, int n) {
    if (n < 4 || startsWith(head, n, 0x50, 0x4B, 0x03, 0x04)
        || startsWith(head, n, 0xD0, 0xCF, 0x11, 0xE0) || startsWith(head, n, 0xFF, 0xFE)
        || startsWith(head, n, 0xFE, 0xFF)) {
      return null;
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      byte b = head[i];
      if (b == 0) {
        return null;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    Utf8Validator utf8 = new Utf8Validator();
    utf8.accept(head, 0, n);
    if (controls > 8 || !utf8.valid) {
      return null; // (a character cut at the end of the head is fine)
    }
    return startsWith(head, n, 0xEF, 0xBB, 0xBF) ? Encoding.UTF8_BOM : Encoding.UTF8;
  }

  private static boolean startsWith(byte[] head, int length, int... magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Strict UTF-8 check across buffer boundaries, as Java's decoder with REPORT judges it (no
   * overlong forms, no surrogates, nothing above U+10FFFF). After a byte that is not UTF-8 it
   * goes on from the next byte, to find out whether the file also holds valid UTF-8 (a file that
   * mixes encodings).
   */
  static final class Utf8Validator {
    private int pending;
    private int lo = 0x80;
    private int hi = 0xBF;
    private boolean valid = true;
    private long leadAt;
    private int lead;
    /** Offset of the first byte that is not UTF-8 (a lead byte whose sequence broke), or -1. */
    long invalidAt = -1;
    int invalidByte;
    /** Offset of the first complete multi-byte character, or -1. */
    long multiByteAt = -1;

    /** Whether no multi-byte character is open: the next byte starts a character. */
    boolean idle() {
      return pending == 0;
    }

    void accept(byte[] buf, int from, int to) {
      accept(buf, from, to, 0);
    }

    /** Checks {@code buf[from, to)}; {@code buf[0]} stands at offset {@code base} of the file. */
    void accept(byte[] buf, int from, int to, long base) {
      for (int i = from; i < to; i++) {
        int b = buf[i] & 0xFF;
        if (pending > 0) {
          if (b >= lo && b <= hi) {
            lo = 0x80;
            hi = 0xBF;
            if (--pending == 0 && multiByteAt < 0 && leadAt > 0) { // (offset 0: a BOM)
              multiByteAt = leadAt;
            }
            continue;
          }
          fail(leadAt, lead); // the sequence broke; this byte starts afresh
        }
        if (b >= 0x80) {
          leadAt = base + i;
          lead = b;
          if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
          } else if (b == 0xE0) {
            pending = 2;
            lo = 0xA0;
          } else if (b >= 0xE1 && b <= 0xEF) {
            pending = 2;
            if (b == 0xED) {
              hi = 0x9F;
            }
          } else if (b == 0xF0) {
            pending = 3;
            lo = 0x90;
          } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
          } else if (b == 0xF4) {
            pending = 3;
            hi = 0x8F;
          } else {
            fail(base + i, b);
          }
        }
      }
    }

    private void fail(long at, int b) {
      pending = 0;
      lo = 0x80;
      hi = 0xBF;
      if (valid) {
        valid = false;
        invalidAt = at;
        invalidByte = b;
      }
    }

    /** At the end of the bytes: a character still open is cut. */
    void finish() {
      if (pending > 0) {
        fail(leadAt, lead);
      }
    }

    boolean valid() {
      return valid && pending == 0;
    }
  }
}
