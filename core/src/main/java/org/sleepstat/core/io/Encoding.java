package org.sleepstat.core.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text encoding a survey file was read with, and how it was recognised.
 *
 * @param charset the charset the text is decoded with
 * @param bomLength bytes of byte-order mark to skip before decoding
 * @param fallback true when the bytes were not valid UTF-8 and Windows-1252 was used instead
 */
public record Encoding(Charset charset, int bomLength, boolean fallback) {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static final Encoding UTF8 = new Encoding(StandardCharsets.UTF_8, 0, false);
  static final Encoding UTF8_BOM = new Encoding(StandardCharsets.UTF_8, 3, false);
  static final Encoding UTF16LE_BOM = new Encoding(StandardCharsets.UTF_16LE, 2, false);
  static final Encoding UTF16BE_BOM = new Encoding(StandardCharsets.UTF_16BE, 2, false);
  static final Encoding UTF16LE = new Encoding(StandardCharsets.UTF_16LE, 0, false);
  static final Encoding UTF16BE = new Encoding(StandardCharsets.UTF_16BE, 0, false);
  static final Encoding CP1252_FALLBACK = new Encoding(WINDOWS_1252, 0, true);
  /** A UTF-8 byte-order mark followed by text that is not UTF-8: the mark is still skipped. */
  static final Encoding CP1252_FALLBACK_AFTER_BOM = new Encoding(WINDOWS_1252, 3, true);

  /** How reports name it: "UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "Windows-1252". */
  public String label() {
    if (fallback) {
      return "Windows-1252";
    }
    String name = charset.name();
    return bomLength > 0 ? name + " with BOM" : name;
  }
}
