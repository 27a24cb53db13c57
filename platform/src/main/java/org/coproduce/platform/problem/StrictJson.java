package org.coproduce.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every service's ObjectMapper reads bodies as the OpenAPI document describes them, no looser.
 * PostgreSQL cannot store the NUL character (U+0000) in text, so text holding one is refused where
 * it enters: every string a JSON body is read into (here) and every path and query parameter
 * ({@link TextInputFilter}). A fraction for an integer is refused rather than silently cut (Jackson
 * would read 1.5 places as 1).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
  public static final char NUL = '\u0000';
  public static final String MESSAGE = "must not contain the NUL character (U+0000)";

  public static boolean contains(String text) {
    return text != null && text.indexOf(NUL) >= 0;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.registerModule(
        new SimpleModule("coproduce-strict-json")
            .addDeserializer(String.class, new Refusing())
            .addKeyDeserializer(String.class, new RefusingKey()));
  }

  /** Mapped like any unreadable value, so the problem names the field by its JSON path. */
  public static final class NulInTextException extends MismatchedInputException {
    NulInTextException(JsonParser parser) {
      super(parser, MESSAGE, String.class);
    }
  }

  static final class Refusing extends StdScalarDeserializer<String> {
    Refusing() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (contains(text)) {
        throw new NulInTextException(parser);
      }
      return text;
    }

    /** As Jackson's own string reader, so coercion settings for text still apply. */
    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return "";
    }
  }

  static final class RefusingKey extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      if (contains(key)) {
        throw new NulInTextException(context.getParser());
      }
      return key;
    }
  }
}
