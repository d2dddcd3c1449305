export { AnnexEntry, AnnexIndex, AnnexRow, buildAnnexIndex, papersNamed, procedureCode } from './annex';
export { activeKnowledge, adoptKnowledge } from './active';
export { HELD_PAPERS } from './held-papers';
export { type HeldPaperMatch, type MatchInput, matchHeldPaper, fallbackDatabase, namedStateSystem, papersAsked, type AskedPaper } from './match';
export { Database, Exclusion, Fallback, HeldPaper, Knowledge } from './schema';
