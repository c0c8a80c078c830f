// The scorer lives in src/eval (calibration and `npm run eval` use it too); tests import it from here.
export * from '../../src/eval/scoreExtraction.js';
