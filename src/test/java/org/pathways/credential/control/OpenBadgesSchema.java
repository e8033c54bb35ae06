package org.pathways.credential.control;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The Open Badges 3.0 schema of the tests ({@code src/test/resources/openbadges/README.md}). */
public final class OpenBadgesSchema {

  public static final String SCHEMA = "/openbadges/ob_v3p0_credential_subset.schema.json";

  private static final Schema LOADED = load();

  private OpenBadgesSchema() {}

  /** What is wrong with this credential (JSON), as the validator says it; empty when valid. */
  public static List<String> problems(String credentialJson) {
    return LOADED.validate(credentialJson, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = OpenBadgesSchema.class.getResourceAsStream(SCHEMA)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
