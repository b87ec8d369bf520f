/**
 * A fast arc-standard decoder that runs CoreNLP's own loaded nndep model with dyad's data structures and gives
 * the very same parses; internal to the nlp module (its types meet CoreNLP's, which stay inside this module).
 */
package org.dyad.nlp.parse;
