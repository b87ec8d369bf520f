package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a mention was tied to its actor, so that every resolution can be checked. */
public enum Resolution {
  FULL_NAME,
  ALIAS,
  SURNAME,
  TITLE,
  ACRONYM,
  ORGANISATION,
  INSTITUTION,
  COUNTRY,
  NATIONALITY,
  METONYM,
  PRONOUN,
  DEFINITE_DESCRIPTION,
  NER,
  /** A place below the country ("in Mosul"): the country it lies in, as a place, never as an actor. */
  PLACE;

  @JsonValue
  public String wireName() {
    return WireName.of(this);
  }
}
