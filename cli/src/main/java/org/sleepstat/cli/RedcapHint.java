package org.sleepstat.cli;

import java.io.PrintWriter;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SourceFormat;

/**
 * The hint for a REDCap export read without its data dictionary: its coded answers (1 for "On my
 * side") then stay codes, and every such cell is a problem, so the user needs to know the one
 * option that decodes them. The import recognises the export; this says what to run.
 */
final class RedcapHint {
  private RedcapHint() {}

  /** One line on {@code err} when {@code r} is a REDCap export and no dictionary was given. */
  static void print(ImportResult r, boolean dictionaryGiven, PrintWriter err) {
    if (dictionaryGiven || r.provenance().source().platform() != SourceFormat.Platform.REDCAP) {
      return;
    }
    err.println("sleepstat: " + r.file() + " looks like a REDCap export read without its data"
        + " dictionary, so coded answers (1, 2, …) are not decoded; run sleepstat validate "
        + r.file() + " --dictionary DICTIONARY.csv (sleepstat codebook --dictionary"
        + " DICTIONARY.csv shows how each field will be read)");
  }
}
