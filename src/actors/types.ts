// Plain data of the actor stage: mentions found in a document and the actors they link to.
import type { ActorKind, SectionKind } from '../ontology.ts';
import type { NameEntry, NameHit } from '../text/index.ts';

/** How a mention was found; the rule id of the mention is "actors.<via>". */
export type MentionVia =
  | 'name'            // a knowledge-base name or alias
  | 'state_form'      // "Syrian soldiers", "the Russians", a country acting
  | 'generic_state'   // "the regime", "government forces": the document's state
  | 'defined'         // an acronym or alias defined in the text: "Hurras al-Din (HAD)"
  | 'discovered'      // a group or person found from naming patterns
  | 'short_form'      // a later short form of a name seen before: "Shami", "Amjad al Islam"
  | 'description'     // "Baghdadi's organization", "al Qaeda's branch in Syria"
  | 'reference';      // "the group", "both groups"

export interface Mention {
  /** Key of the actor in the document (knowledge id, or "new:<folded name>"). */
  actor: string;
  text: string;
  start: number;
  end: number;
  via: MentionVia;
  section: SectionKind;
}

export interface DocActor {
  key: string;
  /** Knowledge-base id, or null for an actor discovered in this document. */
  knownId: string | null;
  name: string;
  kind: ActorKind;
  /** Names seen for it in this document, and names the knowledge base gives. */
  aliases: string[];
  mentions: Mention[];
}

/** What a name in the alias index points to. */
export type AliasTarget =
  | { type: 'actor'; id: string; form: 'name' | 'country' | 'state_form' }
  | { type: 'non_actor'; id: string }
  | { type: 'generic_state' };

/** A name of the alias index, and a name found in the text. */
export type AliasEntry = NameEntry<AliasTarget>;
export type Hit = NameHit<AliasTarget>;
