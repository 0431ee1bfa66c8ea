package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps docs/access-control.md what access-matrix.txt says, and the table well-formed. */
class AccessMatrixDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "access-control.md");

  @Test
  void theDocumentationShowsTheMatrixTheTestsWalk() throws IOException {
    String generated = AccessMatrix.load().markdown();
    if (Boolean.getBoolean("plenary.docs.write")) {
      Files.createDirectories(DOCS.getParent());
      Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
    }
    assertThat(DOCS).exists();
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
        .as("docs/access-control.md is stale: regenerate it as its first lines say")
        .isEqualTo(generated);
  }

  @Test
  void readsCellsBodiesAndDescriptions() {
    AccessMatrix matrix =
        AccessMatrix.parse(
            "# comment\nPOST /api/x/{none} - + + - - + body:{\"a\":1} making an x\n"
                + "GET /page.xhtml?y={slug} + + + + + + a page\n");
    assertThat(matrix.rows()).hasSize(2);
    AccessMatrix.Row post = matrix.rows().get(0);
    assertThat(post.allows(AccessMatrix.Actor.ANONYMOUS)).isFalse();
    assertThat(post.allows(AccessMatrix.Actor.DELEGATE)).isTrue();
    assertThat(post.body()).isEqualTo("{\"a\":1}");
    assertThat(post.description()).isEqualTo("making an x");
    assertThat(post.template()).isEqualTo("/api/x/{}");
    assertThat(matrix.rows().get(1).isPage()).isTrue();
    assertThat(matrix.rows().get(1).template()).isEqualTo("/page.xhtml");
  }

  @Test
  void refusesACellThatIsNeitherPlusNorMinus() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AccessMatrix.parse("GET /x + + ? + + + what\n"))
        .hasMessageContaining("not + or -");
  }
}
