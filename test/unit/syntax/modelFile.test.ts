import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../src/errors.js';
import { decodeModel, encodeModel } from '../../../src/syntax/modelFile.js';
import { PerceptronTrainer } from '../../../src/syntax/Perceptron.js';
import { MODEL_FILES } from '../../../src/syntax/SyntaxModels.js';
import { modelsDir } from '../../../src/paths.js';

function smallModel() {
  const trainer = new PerceptronTrainer({ rowBits: 6, nClasses: 3 });
  const features = Int32Array.from([3, 17, 40, 1000]);
  for (let i = 0; i < 20; i++) {
    trainer.tick();
    trainer.update(features, i % 4 + 1, i % 3, (i + 1) % 3);
  }
  return trainer.finish();
}

describe('model files', () => {
  it('round-trip byte for byte and keep every weight', () => {
    const model = smallModel();
    const bytes = encodeModel({ header: { kind: 'test', labels: ['a', 'b'] }, perceptrons: { main: model } });
    const decoded = decodeModel(bytes, 'test.bin');
    expect(decoded.header).toEqual({ kind: 'test', labels: ['a', 'b'] });
    expect(Array.from(decoded.perceptrons['main']!.weights)).toEqual(Array.from(model.weights));
    expect(decoded.perceptrons['main']!.scale).toBe(model.scale);
    expect(encodeModel(decoded).equals(bytes)).toBe(true);
  });

  it('score the same after a round trip', () => {
    const model = smallModel();
    const decoded = decodeModel(encodeModel({ header: {}, perceptrons: { m: model } }), 'x').perceptrons['m']!;
    const a = new Float32Array(3);
    const b = new Float32Array(3);
    const f = Int32Array.from([3, 40]);
    model.score(f, 2, a);
    decoded.score(f, 2, b);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(Array.from(a).some((v) => v !== 0)).toBe(true);
  });

  it('reject other files, other versions and damaged data with a clear error', () => {
    expect(() => decodeModel(Buffer.from('hello world, not a model'), 'x.bin')).toThrow(/x\.bin: expected a newsgraph syntax model/);
    const bytes = encodeModel({ header: {}, perceptrons: { m: smallModel() } });
    const other = Buffer.from(bytes);
    other.writeUInt32LE(99, 8);
    expect(() => decodeModel(other, 'v.bin')).toThrow(/expected model format version 1, found 99/);
    const damaged = Buffer.concat([bytes.subarray(0, 12), Buffer.from([1, 2, 3, 4, 5])]);
    expect(() => decodeModel(damaged, 'd.bin')).toThrow(ModelError);
  });

  it('reject a row count or row order the table cannot hold', () => {
    const bytes = encodeModel({ header: {}, perceptrons: { m: smallModel() } });
    const body = inflateRawSync(bytes.subarray(12));
    // header length + header, perceptron count, name length + "m", rowBits, nClasses, scale
    const rowsAt = 4 + body.readUInt32LE(0) + 1 + 2 + 1 + 1 + 8;
    const patched = (edit: (b: Buffer) => void): Buffer => {
      const copy = Buffer.from(body);
      edit(copy);
      return Buffer.concat([bytes.subarray(0, 12), deflateRawSync(copy)]);
    };
    expect(() => decodeModel(patched((b) => b.writeUInt32LE(1 << 20, rowsAt)), 'big.bin')).toThrow(/big\.bin.*expected at most 64 weight rows, found 1048576/);
    expect(() => decodeModel(patched((b) => b.writeUInt8(7, rowsAt + 4 + 1 + 1)), 'class.bin')).toThrow(/class\.bin.*expected increasing classes below 3/);
  });

  it.each(Object.values(MODEL_FILES))('the shipped %s round-trips byte for byte', (name) => {
    const file = path.join(modelsDir, name);
    expect(existsSync(file), `${file} ships with the package`).toBe(true);
    const bytes = readFileSync(file);
    expect(encodeModel(decodeModel(bytes, name)).equals(bytes)).toBe(true);
  });
});
