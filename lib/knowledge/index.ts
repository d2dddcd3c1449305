export { HELD_PAPERS } from './held-papers';
export { type HeldPaperMatch, type MatchInput, matchHeldPaper, namedStateSystem } from './match';
export { Exclusion, HeldPaper, Knowledge, StateSystem } from './schema';
