package org.dyad.events.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

/**
 * Test fixture: actor mentions for the exact words a test names ("Hun Sen" is KHMGOV), found in the real
 * tokens of a real CoreNLP analysis, so that the coder can be tested on real parses independently of how
 * the actor stage resolves names. Every occurrence of each phrase becomes a mention headed by its last token.
 */
public final class KnownMentions implements Stage {
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, Resolution> resolutions = new java.util.HashMap<>();

  public KnownMentions actor(String words, String code, String country, String sector) {
    actors.put(words, new Actor(words, code, country, sector, null, null));
    return this;
  }

  /** A people named by its nationality ("Albanians"), as the actor stage resolves a demonym noun. */
  public KnownMentions people(String words, String country) {
    actors.put(words, new Actor(words, country + "CVL", country, "CVL", null, null));
    resolutions.put(words, Resolution.NATIONALITY);
    return this;
  }

  @Override
  public String name() {
    return "known-mentions";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ACTOR_MENTIONS);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> toks = s.tokens();
      boolean[] used = new boolean[toks.size()];
      for (Map.Entry<String, Actor> e : actors.entrySet()) {
        String[] words = e.getKey().split(" ");
        for (int i = 0; i + words.length <= toks.size(); i++) {
          boolean match = true;
          for (int k = 0; k < words.length && match; k++) {
            match = toks.get(i + k).text().equals(words[k]) && !used[i + k];
          }
          if (match) {
            for (int k = 0; k < words.length; k++) {
              used[i + k] = true;
            }
            Token a = toks.get(i);
            Token b = toks.get(i + words.length - 1);
            out.add(new Mention(s.index(), new org.dyad.model.Span(a.start(), b.end()), b.index(), e.getValue(),
                resolutions.getOrDefault(e.getKey(), Resolution.FULL_NAME)));
          }
        }
      }
    }
    return doc.withMentions(out);
  }
}
