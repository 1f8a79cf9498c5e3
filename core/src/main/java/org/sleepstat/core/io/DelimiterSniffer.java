package org.sleepstat.core.io;

/**
 * Guesses a survey file's field delimiter (comma, semicolon, tab or pipe) from its first records:
 * the candidate that appears in the header and splits the most following records into the same
 * number of fields as the header, counting only outside quotes.
 */
final class DelimiterSniffer {
  static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int MAX_RECORDS = 50;

  private DelimiterSniffer() {}

  static char sniff(CharSequence sample) {
    int[][] counts = new int[MAX_RECORDS][CANDIDATES.length];
    int records = countPerRecord(sample, counts);
    if (records == 0) {
      return ',';
    }
    char best = ',';
    int bestAgree = -1;
    int bestHeader = 0;
    for (int c = 0; c < CANDIDATES.length; c++) {
      int header = counts[0][c];
      if (header == 0) {
        continue;
      }
      int agree = 0;
      for (int r = 1; r < records; r++) {
        if (counts[r][c] == header) {
          agree++;
        }
      }
      if (agree > bestAgree || agree == bestAgree && header > bestHeader) {
        best = CANDIDATES[c];
        bestAgree = agree;
        bestHeader = header;
      }
    }
    return best;
  }

  /** Counts candidates outside quotes in each complete record of the sample. */
  private static int countPerRecord(CharSequence s, int[][] counts) {
    int record = 0;
    boolean quoted = false;
    boolean blank = true;
    for (int i = 0; i < s.length() && record < MAX_RECORDS; i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
        blank = false;
      } else if (!quoted && (ch == '\n' || ch == '\r')) {
        if (!blank) {
          record++;
          blank = true;
        }
      } else if (!quoted) {
        blank = false;
        for (int c = 0; c < CANDIDATES.length; c++) {
          if (ch == CANDIDATES[c]) {
            counts[record][c]++;
          }
        }
      }
    }
    // the last record is complete only when the sample ended with the file (no partial line)
    return !blank && record < MAX_RECORDS ? record + 1 : record;
  }
}
