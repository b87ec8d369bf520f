package org.dyad.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.json.Json;
import org.dyad.model.Document;

/**
 * The {@code documents.json} column: the document model and its pipeline, without the text, which the
 * {@code text} column holds already (schema 4; a news article's text is most of its row, and writing it
 * twice cost as much again). Rows written before schema 4 carry the text in their JSON too; both read alike.
 */
final class StoredDocuments {
  /** The text is left out when writing; the document's other fields are written as the model has them. */
  @JsonIgnoreProperties({"text"})
  private abstract static class TextOmitted {}

  private static final ObjectMapper WITHOUT_TEXT = Json.mapper().copy().addMixIn(Document.class, TextOmitted.class);

  private StoredDocuments() {}

  static String json(Document d, String pipeline) {
    try {
      return WITHOUT_TEXT.writeValueAsString(new EventStore.StoredDocument(d, pipeline));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write document " + d.id() + " as JSON", e);
    }
  }

  /** The stored document from its JSON and its {@code text} column. */
  static EventStore.StoredDocument read(String json, String text) throws JsonProcessingException {
    JsonNode root = Json.mapper().readTree(json);
    JsonNode doc = root.get("document");
    if (doc instanceof ObjectNode o && !o.hasNonNull("text")) {
      o.put("text", text);
    }
    return Json.mapper().treeToValue(root, EventStore.StoredDocument.class);
  }
}
