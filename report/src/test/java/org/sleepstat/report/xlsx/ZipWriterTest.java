package org.sleepstat.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's zip layer: what a zip reader reads back, the same bytes every time. */
class ZipWriterTest {
  @TempDir Path dir;

  private static final String XML = "<?xml version=\"1.0\"?><a>" + "<b>text</b>".repeat(5000)
      + "</a>";

  private static byte[] zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZipWriter zip = new ZipWriter(out, 1);
    zip.putEntry("[Content_Types].xml");
    byte[] first = "<Types/>".getBytes(StandardCharsets.UTF_8);
    zip.write(first, 0, first.length);
    byte[] xml = XML.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater(6, true))) {
      z.write(xml);
    }
    CRC32 crc = new CRC32();
    crc.update(xml);
    zip.rawEntry("xl/worksheets/sheet1.xml", crc.getValue(), xml.length,
        new ByteArrayInputStream(deflated.toByteArray()));
    zip.putEntry("xl/empty.xml");
    zip.finish();
    return out.toByteArray();
  }

  /**
   * Read through the central directory, as spreadsheets read it (the data descriptors have zip64
   * sizes, as POI writes them, which a streaming reader such as ZipInputStream does not expect).
   */
  @Test
  void entriesWrittenAndEntriesCompressedBeforehandReadBack() throws IOException {
    Path file = Files.write(dir.resolve("test.zip"), zip());
    Map<String, String> read = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        read.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(),
            StandardCharsets.UTF_8));
        assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
      }
      assertThat(zip.getEntry("xl/worksheets/sheet1.xml").getSize()).isEqualTo(XML.length());
    }
    assertThat(read).containsExactly(Map.entry("[Content_Types].xml", "<Types/>"),
        Map.entry("xl/worksheets/sheet1.xml", XML), Map.entry("xl/empty.xml", ""));
  }

  @Test
  void nothingDependsOnTheClock() throws IOException {
    byte[] bytes = zip();
    assertThat(zip()).isEqualTo(bytes);
    // the local header's date and time (bytes 10 to 13) are zero, as POI writes them
    assertThat(new byte[] {bytes[10], bytes[11], bytes[12], bytes[13]}).containsOnly(0);
  }

  @Test
  void aPartThatFailsToBeMadeFailsTheWorkbook() throws IOException {
    CompressedPart part = new CompressedPart(out -> {
      out.write("<worksheet>".getBytes(StandardCharsets.UTF_8));
      throw new IOException("the survey could not be read");
    }, 1);
    ZipWriter zip = new ZipWriter(new ByteArrayOutputStream(), 1);
    assertThatThrownBy(() -> part.addTo(zip, "xl/worksheets/sheet1.xml"))
        .isInstanceOf(IOException.class).hasMessage("the survey could not be read");
    part.discard();
  }
}
