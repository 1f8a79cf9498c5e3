package org.sleepstat.core.io;

/**
 * A survey file that cannot be used at all (missing, empty, binary, a broken or hostile workbook,
 * no data rows, a required column missing, …), or a column map that cannot be used with it (a
 * column the file lacks, a variable the codebook lacks). The message is one line: {@code
 * FILE[:LINE[:COLUMN]]: what is wrong}, FILE naming the survey file or the map.
 */
public final class SurveyFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final int column;
  private final String reason;

  /** A problem with the whole file. */
  public SurveyFileException(String file, String reason) {
    this(file, 0, 0, reason);
  }

  /** A problem at a line (and column, when not 0). */
  public SurveyFileException(String file, long line, int column, String reason) {
    super(format(file, line, column, reason));
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String format(String file, long line, int column, String reason) {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(reason).toString();
  }

  /** The file as named in the message. */
  public String file() {
    return file;
  }

  /** The physical line, or 0 when the problem is not at a line. */
  public long line() {
    return line;
  }

  /** The 1-based column, or 0. */
  public int column() {
    return column;
  }

  /** What is wrong, without the file name. */
  public String reason() {
    return reason;
  }
}
