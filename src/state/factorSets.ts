/** Factor sets on the app's database: the built-in ones and those loaded from files. */
import {
  addFactorSetFile,
  type LoadedFactorSet,
  type LoadResult,
  listFactorSetKeys,
  listLoadedFactorSets,
} from '../db/factorSets';
import { db } from './database';

export const listFactorSetNames = (): Promise<string[]> => listFactorSetKeys(db);
/** Reads, validates and stores a factor-set file; a set with any error is refused and nothing is stored. */
export const addFactorSet = (json: unknown): Promise<LoadResult> => addFactorSetFile(db, json);
/** The sets loaded from files, with publisher, date and fingerprint (the city's releases a partner checks). */
export const loadedFactorSets = (): Promise<LoadedFactorSet[]> => listLoadedFactorSets(db);
