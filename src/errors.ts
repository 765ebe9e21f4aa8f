// Error classes, one per stage, so callers and tests can tell failures apart by class.
// Messages name the stage and the file: "ingest: page.html: not valid UTF-8".

export class FactiongraphError extends Error {
  constructor(readonly stage: string, message: string) {
    super(`${stage}: ${message}`);
    this.name = new.target.name;
  }
}

/** A file or record that cannot be read as a document. */
export class IngestError extends FactiongraphError {
  constructor(readonly file: string, problem: string) {
    super('ingest', `${file}: ${problem}`);
  }
}

/** A knowledge-base file that breaks the schema (unknown field, duplicate id, alias collision...). */
export class KnowledgeError extends FactiongraphError {
  constructor(readonly problems: string[]) {
    super('knowledge', problems.length === 1 ? problems[0]! : `${problems.length} problems:\n  ${problems.join('\n  ')}`);
  }
}

/** Wrong command-line or option values. */
export class UsageError extends FactiongraphError {
  constructor(message: string) {
    super('usage', message);
  }
}

/** An analyst decision that cannot be taken: unknown subject, wrong payload field. */
export class ReviewError extends FactiongraphError {
  constructor(message: string) {
    super('review', message);
  }
}
