/**
 * The fitted confidence model (models/confidence.json, written by `npm run calibrate`), read
 * once per process. Without the file facts keep the rules' own scores.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ModelError } from '../errors.js';
import { modelsDir } from '../paths.js';
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_FILE = 'confidence.json';

export function parseConfidenceModel(raw: unknown, file: string): ConfidenceModel {
  const weights = (raw as { weights?: unknown } | null)?.weights;
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights) || !Object.values(weights).every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new ModelError(`${file}: expected {"weights": {"feature": number, …}}, found ${JSON.stringify(raw)?.slice(0, 80) ?? String(raw)}`);
  }
  return { weights: weights as Record<string, number> };
}

export function readConfidenceModel(dir: string = modelsDir): ConfidenceModel | null {
  const file = path.join(dir, CONFIDENCE_FILE);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ModelError(`${file}: expected JSON, found unreadable content (${(error as Error).message})`, {}, { cause: error });
  }
  return parseConfidenceModel(raw, file);
}

let shared: ConfidenceModel | null | undefined;

/** The process-wide model (null when not calibrated), read once. */
export function getConfidenceModel(): ConfidenceModel | null {
  if (shared === undefined) shared = readConfidenceModel();
  return shared;
}
