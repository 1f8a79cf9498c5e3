package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SHA-256 of a large file from a second JVM ({@link DigestProcess}): the same as hashing
 * here, and when the second JVM fails or answers for other bytes, the hash is made here.
 */
class DigestProcessTest {
  @TempDir Path dir;
  private long pipeBytes;
  private long digestBytes;
  private String program;

  @BeforeEach
  void everyFileIsLarge() {
    pipeBytes = CsvInput.pipeBytes;
    digestBytes = SurveyImporter.digestProcessBytes;
    program = DigestProcess.program;
    CsvInput.pipeBytes = 0;
    SurveyImporter.digestProcessBytes = 0;
  }

  @AfterEach
  void restore() {
    CsvInput.pipeBytes = pipeBytes;
    SurveyImporter.digestProcessBytes = digestBytes;
    DigestProcess.program = program;
  }

  /** A program for the second JVM that answers with a digest of other bytes. */
  public static final class WrongDigest {
    public static void main(String[] args) {
      System.out.println(new FileDigest.Digest("0".repeat(64), 12345, 7).line());
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private Path survey() throws Exception {
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position,pain_morning_pre\n");
    SplittableRandom random = new SplittableRandom(7);
    String[] positions = {"side", "back", "stomach", "combination"};
    for (int i = 0; i < 5000; i++) {
      csv.append("R").append(i).append(',').append(positions[random.nextInt(4)]).append(',')
          .append(random.nextInt(101) / 10.0).append('\n');
    }
    Path file = dir.resolve("survey.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theSecondJvmAnswersTheShaCrcAndSizeOfTheFile() throws Exception {
    byte[] bytes = new byte[3_000_001];
    new SplittableRandom(1).nextBytes(bytes);
    Path file = dir.resolve("bytes.bin");
    Files.write(file, bytes);
    DigestProcess process = DigestProcess.start(file);
    assertThat(process).isNotNull();
    Optional<FileDigest.Digest> digest = process.await();
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    assertThat(digest).contains(new FileDigest.Digest(sha256(bytes), crc.getValue(),
        bytes.length));
  }

  @Test
  void aFileTheSecondJvmCannotReadGivesNoAnswer() {
    DigestProcess process = DigestProcess.start(dir.resolve("missing.csv"));
    assertThat(process).isNotNull();
    assertThat(process.await()).isEmpty();
  }

  @Test
  void aLargeFileReportsTheSameSha256WithTheSecondJvmAsWithout() throws Exception {
    Path file = survey();
    String expected = sha256(Files.readAllBytes(file));
    ImportResult withSecond = SurveyImporter.withDefaults().read(file);
    SurveyImporter.digestProcessBytes = Long.MAX_VALUE;
    ImportResult without = SurveyImporter.withDefaults().read(file);
    assertThat(withSecond.provenance().sha256()).isEqualTo(expected);
    assertThat(without.provenance().sha256()).isEqualTo(expected);
    assertThat(withSecond.counts().accepted()).isEqualTo(5000);
  }

  @Test
  void anAnswerForOtherBytesOrNoneLeavesTheHashToThisJvm() throws Exception {
    Path file = survey();
    String expected = sha256(Files.readAllBytes(file));
    DigestProcess.program = WrongDigest.class.getName();
    assertThat(SurveyImporter.withDefaults().read(file).provenance().sha256())
        .isEqualTo(expected);
    DigestProcess.program = "org.sleepstat.core.io.NoSuchProgram";
    assertThat(SurveyImporter.withDefaults().read(file).provenance().sha256())
        .isEqualTo(expected);
  }

  @Test
  void digestLinesReadBackAndOthersAreRefused() {
    FileDigest.Digest d = new FileDigest.Digest("ab".repeat(32), 4294967295L, 12);
    assertThat(FileDigest.Digest.parse(d.line() + "\n")).isEqualTo(d);
    assertThat(FileDigest.Digest.parse("")).isNull();
    assertThat(FileDigest.Digest.parse("AB".repeat(32) + " 1 2")).isNull();
    assertThat(FileDigest.Digest.parse("ab".repeat(32) + " x 2")).isNull();
    assertThat(FileDigest.Digest.parse("Error: Could not find or load main class")).isNull();
  }
}
