// Plain data of the text stage: tokens with their offsets, sentences, and the folding rules.

export interface Token {
  /** The token as written ("Nusrah", "U.S.", "’s"). */
  raw: string;
  /** Folded for matching ("nusra", "us", "s"). */
  norm: string;
  /** A small number naming the norm (equal norms, equal ids; -1 past the limit), for memos kept per word. */
  normId: number;
  start: number;
  end: number;
  /** First letter upper-case ("Nusrah") or a script without case (Arabic). */
  capitalized: boolean;
  /** Every letter upper-case and at least two letters ("HTS", "U.S."). */
  allCaps: boolean;
  /** An article ("al", "an-") that matching skips over. */
  article: boolean;
  /** The possessive "'s" split off its word. */
  possessive: boolean;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface FoldingRules {
  articles: string[];
  attachedArticles: string[];
  rewrites: Array<[RegExp, string]>;
}
