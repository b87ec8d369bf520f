package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * A plain CoreNLP pipeline, for benchmarks only: dyad's own stages are measured against what a user running
 * CoreNLP gets, against a lighter CoreNLP set-up, and against tokenisation alone (the floor).
 */
public final class CoreNlpBaseline implements AutoCloseable {

  /** What the baseline runs. */
  public enum Kind {
    /**
     * tokenize, ssplit, pos, lemma, ner, depparse on every sentence with CoreNLP's default properties: NER with
     * its three CRF models, SUTime, fine-grained NER and entity mentions. What the issues compare dyad with.
     */
    FULL("tokenize,ssplit,pos,lemma,ner,depparse", false),
    /** The same annotators without fine-grained NER and entity mentions: a stricter, lighter baseline. */
    COARSE("tokenize,ssplit,pos,lemma,ner,depparse", true),
    /** tokenize, ssplit: the floor no analysis can beat. */
    TOKENIZE("tokenize,ssplit", false);

    private final String annotators;
    private final boolean coarse;

    Kind(String annotators, boolean coarse) {
      this.annotators = annotators;
      this.coarse = coarse;
    }

    /** How the kind is shown in benchmark output. */
    public String describe() {
      return annotators + (coarse ? " (ner.applyFineGrained=false, ner.buildEntityMentions=false)"
          : " (CoreNLP defaults)");
    }
  }

  private final StanfordCoreNLP pipeline;

  public CoreNlpBaseline(Kind kind) {
    Properties p = new Properties();
    p.setProperty("annotators", kind.annotators);
    if (kind.coarse) {
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "false");
    }
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates one text (with its document date, as SUTime needs) and returns its sentence count. */
  public int annotate(String text, String docDate) {
    Annotation a = new Annotation(text);
    if (docDate != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    pipeline.annotate(a);
    return a.get(CoreAnnotations.SentencesAnnotation.class).size();
  }

  /**
   * Drops CoreNLP's process-wide annotator pool, so the models of one baseline do not stay on the heap while the
   * next is measured (two NER set-ups and a parser side by side would crowd a 3 GB heap).
   */
  @Override
  public void close() {
    StanfordCoreNLP.clearAnnotatorPool();
  }
}
