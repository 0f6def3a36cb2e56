// The points the article's paragraphs make, when the spec curates none: their lead sentences.
// What build-deck.ts reads of how a paragraph's point is found, from the modules that find it.
export { statesBelief } from './lead-points/beliefs.ts';
export { opensWithBoldLabel } from './lead-points/bold-labels.ts';
export { makesNoPoint } from './lead-points/no-point.ts';
export { conclusionChunks, derivedChunks, type PointChunk } from './lead-points/point-chunks.ts';
export { endsAsQuestion, headingAsks } from './lead-points/questions.ts';
export { onlyOpens, opensOnTeaser, shortLeadOf } from './lead-points/teasers.ts';
export { saysNo } from './lead-points/thin-sentences.ts';
export { withoutTurn } from './lead-points/turns.ts';
