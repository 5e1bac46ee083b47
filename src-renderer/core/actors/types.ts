// Who said what: the named entities found in an article and the speaker suggested for each statement.
// Pure types shared by the analysis (core/actors), the parse worker that runs it, the reader, the export
// and the library-wide views. Offsets count UTF-16 code units of `Article.text`, as everywhere.

export type EntityType = 'person' | 'org' | 'place' | 'date' | 'money' | 'percent' | 'quantity';

/** One mention of an entity in the text. Mentions of one entity share `name`. */
export interface EntityMention {
  type: EntityType;
  start: number;
  end: number;
  /** The text as written (`text.slice(start, end)`). */
  text: string;
  /** The entity's normalised name, the same for all its mentions in the article ("Vladimir Putin", "Владимир Путин"). */
  name: string;
  /**
   * A description, not a name: a role the text ties to a person ("the Russian president" after "the Russian
   * president, Vladimir Putin"), or a body that speaks for a country ("China's foreign ministry"). Shown with
   * the entity's mentions, left out when scoring named-entity recognition. Mentions may nest ("Правительство
   * России" holds the place "России").
   */
  nominal?: boolean;
}

/**
 * How a statement is attributed: 'direct' (inside a quotation with a cue), 'reported' ("X said that…",
 * "according to X"), 'continued' (a later statement of the same quotation), 'reference' (a pronoun or a role
 * resolved to the last compatible named source).
 */
export type SpeakerKind = 'direct' | 'reported' | 'continued' | 'reference';

export interface Range {
  start: number;
  end: number;
}

/** The speaker suggested for one statement (at most one per statement). */
export interface SpeakerSuggestion {
  /** The statement's range. */
  start: number;
  end: number;
  /** The speaker's normalised name (an entity's `name`). */
  speaker: string;
  speakerType: 'person' | 'org';
  kind: SpeakerKind;
  /** The cue word ("said", "заявил", "according to"), when there is one in the text. */
  cue?: Range & { text: string };
  /** The mention of the source this attribution rests on (the pronoun or role for 'reference'). */
  source: Range;
}

export interface ArticleAnalysis {
  /** Bumped whenever the analysis gives other results, so caches keyed on the content hash are renewed. */
  version: number;
  entities: EntityMention[];
  speakers: SpeakerSuggestion[];
}
