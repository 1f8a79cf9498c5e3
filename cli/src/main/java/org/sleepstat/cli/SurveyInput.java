package org.sleepstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.InvalidValues;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.schema.CodebookException;
import org.sleepstat.core.schema.CodebookReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that reads a survey: the file, the codebook, leniency. */
final class SurveyInput {
  static final String SAMPLE_NAME = "sample-survey.csv";
  static final String SAMPLE_RESOURCE = "/org/sleepstat/data/" + SAMPLE_NAME;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Survey file (CSV, wide or long). Without it, the bundled sample survey.")
  Path file;

  @Option(
      names = "--lenient",
      description = "Keep a row with an invalid value, with that value set missing (default:"
          + " reject the row).")
  boolean lenient;

  @Option(
      names = "--codebook",
      paramLabel = "FILE",
      description = "A codebook of your own (CSV, same format as the built-in one).")
  Path codebook;

  @Option(names = "--debug", description = "Show the stack trace of an internal error.")
  boolean debug;

  /** Reads the survey, or the bundled sample (saying so on {@code err}). */
  ImportResult read(PrintWriter err) throws SurveyFileException, CodebookException {
    SurveyImporter importer = SurveyImporter.withDefaults()
        .with(lenient ? InvalidValues.SET_MISSING : InvalidValues.REJECT_ROW);
    if (codebook != null) {
      importer = importer.with(CodebookReader.read(codebook));
    }
    ByteSource source;
    if (file == null) {
      err.println("sleepstat: no FILE given; using the bundled sample survey (" + SAMPLE_NAME
          + ")");
      source = ByteSource.ofResource(SAMPLE_NAME, SurveyInput.class, SAMPLE_RESOURCE);
    } else {
      source = ByteSource.of(file);
    }
    return importer.read(source);
  }
}
