/** The promotion engine: policies, results and waivers in; explained decisions out. */
export { decidePromotions, type DecideOptions, type PromotionInput } from './decide.ts';
export { countStates, summarize, unblockText } from './explain.ts';
export { orderLevels, type ChainProblem, type LevelSource } from './levels.ts';
export { promotionPace, type PromotionPace } from './pace.ts';
export { levelHistory, qualifyRelease, requiredLevel, type Promotion, type Qualification } from './qualify.ts';
export { rowCount } from './requirement.ts';
export { groupRuns, indexCandidate, type CandidateGroup, type CandidateRuns, type ResultSource } from './runs.ts';
export { formatDuration, parseDuration, parseInstant } from './time.ts';
export * from './types.ts';
export { activeWaivers, isExpired, patternMatcher, type WaiverSource } from './waivers.ts';
