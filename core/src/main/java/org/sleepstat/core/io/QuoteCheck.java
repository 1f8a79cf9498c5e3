package org.sleepstat.core.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Finds a quoted field that is never closed, following RFC 4180 as the parser does: a quote opens
 * a quoted field only at the start of a field, a doubled quote inside it is a literal quote. Run
 * only when the byte scan saw an odd number of quotes.
 */
final class QuoteCheck {
  private QuoteCheck() {}

  /** The physical line where the unclosed quoted field starts, or 0 when every quote closes. */
  static long unclosedQuoteLine(Reader in, char delimiter) throws IOException {
    char[] buf = new char[1 << 16];
    long line = 1;
    long openedOn = 0;
    boolean quoted = false;
    boolean quoteSeen = false; // inside a quoted field: the previous char was a quote
    boolean fieldStart = true;
    boolean afterCr = false;
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (c == '\n' && !afterCr || c == '\r') {
          line++;
        }
        afterCr = c == '\r';
        if (quoted) {
          if (quoteSeen) {
            quoteSeen = false;
            if (c != '"') {
              quoted = false; // the previous quote closed the field
              fieldStart = c == delimiter || c == '\n' || c == '\r';
            }
          } else if (c == '"') {
            quoteSeen = true;
          }
        } else if (c == '"' && fieldStart) {
          quoted = true;
          openedOn = line;
          fieldStart = false;
        } else {
          fieldStart = c == delimiter || c == '\n' || c == '\r';
        }
      }
    }
    return quoted && !quoteSeen ? openedOn : 0;
  }
}
