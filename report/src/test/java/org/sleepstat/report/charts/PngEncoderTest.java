package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
  /**
   * Rows of every kind the encoder tells apart: the first, a repeat of the row above, one that
   * differs only at its ends, one only in the middle, and noise.
   */
  private static BufferedImage image(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = switch (y % 5) {
          case 0 -> 0xFFFFFF;
          case 1 -> image.getRGB(x, y - 1) & 0xFFFFFF;
          case 2 -> x == 0 || x == width - 1 ? 0x0072B2 : 0xFFFFFF;
          case 3 -> x == width / 2 ? 0xD55E00 : image.getRGB(x, y - 1) & 0xFFFFFF;
          default -> random.nextInt(1 << 24);
        };
        image.setRGB(x, y, rgb);
      }
    }
    return image;
  }

  @Test
  void thePngDecodesToTheSamePixels() throws IOException {
    for (int width : new int[] {1, 3, 64, 65, 300}) {
      BufferedImage image = image(width, 23);
      BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image, 0)));
      assertThat(read.getWidth()).isEqualTo(width);
      assertThat(read.getHeight()).isEqualTo(23);
      for (int y = 0; y < 23; y++) {
        for (int x = 0; x < width; x++) {
          assertThat(read.getRGB(x, y)).as("%d, %d of %d", x, y, width)
              .isEqualTo(image.getRGB(x, y));
        }
      }
    }
  }

  @Test
  void theDpiIsRecordedAndTheSameImageGivesTheSameBytes() throws IOException {
    BufferedImage image = image(40, 10);
    byte[] png = PngEncoder.encode(image, 144);
    assertThat(png).isEqualTo(PngEncoder.encode(image(40, 10), 144));
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      ImageReader reader = readers.next();
      reader.setInput(in);
      IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0)
          .getAsTree("javax_imageio_1.0");
      IIOMetadataNode size = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize")
          .item(0);
      // millimetres per pixel: 25.4 / 144, from 5,669 pixels per metre
      assertThat(Double.parseDouble(size.getAttribute("value")))
          .isCloseTo(1000.0 / 5669, org.assertj.core.api.Assertions.within(1e-6));
    }
  }

  @Test
  void halvingAveragesEachSquareOfFourPixelsPerChannel() {
    BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFF0000);
    image.setRGB(1, 0, 0x00FF00);
    image.setRGB(0, 1, 0x0000FF);
    image.setRGB(1, 1, 0xFFFFFF);
    image.setRGB(2, 0, 0x010203);
    image.setRGB(3, 0, 0x010203);
    image.setRGB(2, 1, 0x020304);
    image.setRGB(3, 1, 0x020304);
    BufferedImage half = PngEncoder.half(image);
    assertThat(half.getWidth()).isEqualTo(2);
    assertThat(half.getHeight()).isEqualTo(1);
    // (255 + 0 + 0 + 255) / 4 = 127.5, rounded half up: 128 in each channel
    assertThat(half.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x808080);
    // (1 + 1 + 2 + 2) / 4 = 1.5 -> 2; (2 + 2 + 3 + 3) / 4 = 2.5 -> 3; 3.5 -> 4
    assertThat(half.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0x020304);
  }
}
