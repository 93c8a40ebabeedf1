// The engine's public API: pure functions over strings and rule packs.
export {
  analyzeNote,
  createAnalyzer,
  type Analyzer,
  type AnalyzerOptions,
  type Slicing,
} from './analyze';
export { splitSentences, type Sentence } from './sentences';
export * from './types';
