/**
 * Language analysis: Stanford CoreNLP behind dyad's own typed model. Only this module imports CoreNLP (here and in
 * its fast-parser package); what leaves it is {@link org.dyad.model.Sentence}, {@link org.dyad.model.Token} and friends.
 */
package org.dyad.nlp;
