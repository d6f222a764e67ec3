/**
 * The explanation lines and advice of a small model rendered in English and Korean: every
 * parameter filled in, plurals that agree with their count, Korean that is Korean, and the
 * glossary terms the layer lists kept as term parts for the designer to link.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/i18n/message';
import { translator } from '../../../src/core/i18n/translate';
import { analyzeModel } from '../../../src/core/model/analyze';
import type { Advice } from '../../../src/core/model/designer-types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const en = translator('en');
const ko = translator('ko');
const HANGUL = /[\uac00-\ud7a3]/;

/** Dense, LSTM with return_sequences, Conv2D and Flatten, each explained; units of 1 and of 4. */
function reports() {
  const seq = analyzeModel({ inputShape: [5, 3], layers: [{ type: 'lstm', units: 4, returnSequences: true }, { type: 'flatten' }, { type: 'dense', units: 1 }] });
  const image = analyzeModel({ inputShape: [8, 8, 1], layers: [{ type: 'conv2d', filters: 4, kernelSize: 3, activation: 'relu' }, { type: 'flatten' }, { type: 'dense', units: 4, activation: 'softmax' }] });
  return { seq, image };
}

function rendered(m: Message): { en: string; ko: string } {
  return { en: en(m), ko: ko(m) };
}

function checkLine(m: Message): void {
  const { en: e, ko: k } = rendered(m);
  for (const text of [e, k]) {
    expect(text, m.code).not.toMatch(/[{}]/);
    expect(text, m.code).not.toContain('undefined');
    expect(text, m.code).not.toContain('[object Object]');
    expect(text, m.code).not.toBe(m.code);
  }
  expect(k, `${m.code}: ${k}`).toMatch(HANGUL);
}

describe('explanations in English and Korean', () => {
  it('fills every parameter of every line, in both languages', () => {
    const { seq, image } = reports();
    const lines = [...seq.layers, ...image.layers].flatMap((l) => l.explanation);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) checkLine(line);
  });

  it('counts one unit and four units the way each language does', () => {
    const { seq, image } = reports();
    const lstm = seq.layers[0]?.explanation[0];
    const dense1 = seq.layers[2]?.explanation[0];
    const dense4 = image.layers[2]?.explanation[0];
    if (!lstm || !dense1 || !dense4) throw new Error('missing explanation');
    expect(en(lstm)).toContain('LSTM, 4 units on (None, 5, 3)');
    expect(en(lstm)).toContain('the 5 timesteps one after another, 3 features at each step');
    expect(en(lstm)).toContain('return_sequences is on');
    expect(ko(lstm)).toContain('유닛 4개');
    expect(en(dense1)).toContain('the one unit takes all 20 inputs of a row');
    expect(en(dense4)).toContain('each of the 4 units takes all 144 inputs of a row');
    expect(en(seq.layers[2]?.explanation[1] ?? 'model.explain.noParams')).toContain('20 × 1 weights + 1 bias = 21');
    expect(en(image.layers[2]?.explanation[1] ?? 'model.explain.noParams')).toContain('144 × 4 weights + 4 biases = 580');
    expect(ko(dense4)).toContain('유닛 4개');
    expect(ko(image.layers[2]?.explanation[1] ?? 'model.explain.noParams')).toContain('편향 4개');
    expect(en(dense4)).toContain('the 4 values become probabilities that sum to 1');
    expect(ko(dense4)).toContain('값 4개가 합이 1인 확률이 됩니다');
  });

  it('keeps the layer’s glossary terms as term parts', () => {
    const { seq, image } = reports();
    const termsOf = (lines: readonly Message[], t: typeof en): Set<string> =>
      new Set(lines.flatMap((line) => t.parts(line).flatMap((p) => (p.kind === 'term' ? [p.term] : []))));
    for (const t of [en, ko]) {
      expect([...termsOf(seq.layers[0]?.explanation ?? [], t)]).toEqual(expect.arrayContaining(['units', 'timesteps', 'features', 'return_sequences', 'params', 'activation']));
      expect([...termsOf(image.layers[0]?.explanation ?? [], t)]).toEqual(expect.arrayContaining(['filters', 'kernel', 'padding', 'channels', 'relu', 'params']));
      expect([...termsOf(image.layers[1]?.explanation ?? [], t)]).toContain('flatten');
      expect([...termsOf(image.layers[2]?.explanation ?? [], t)]).toEqual(expect.arrayContaining(['units', 'softmax']));
      // Every term a line links is one the layer lists.
      for (const layer of [...seq.layers, ...image.layers]) {
        for (const term of termsOf(layer.explanation, t)) expect(layer.terms, `${layer.name}: ${term}`).toContain(term);
      }
    }
  });
});

describe('advice in English and Korean', () => {
  function adviceOf(spec: Parameters<typeof analyzeModel>[0], code: string): Advice {
    const found = analyzeModel(spec).layers.flatMap((l) => l.advice).find((a) => a.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found;
  }

  it('renders a linear stack and one softmax unit, their fixes and what they expect', () => {
    const linear = adviceOf({ inputShape: [4], layers: [{ type: 'dense', units: 8 }, { type: 'dense', units: 1 }] }, 'model/linear-stack');
    const softmax = adviceOf({ inputShape: [4], layers: [{ type: 'dense', units: 1, activation: 'softmax' }] }, 'head/one-softmax-unit');
    for (const a of [linear, softmax]) {
      checkLine(a.message);
      for (const fix of a.fixes) checkLine(fix.label);
    }
    expect(en(linear.message)).toContain('layer 1 (Dense, linear) feeds layer 2 (Dense)');
    expect(ko(linear.message)).toContain('레이어 1(Dense, linear)');
    expect(en(linear.fixes[0]?.label ?? 'model.fix.paddingSame')).toBe('Use relu in layer 1');
    expect(ko(linear.fixes[0]?.label ?? 'model.fix.paddingSame')).toBe('레이어 1에 relu 사용');
    expect(en(softmax.message)).toMatch(/^Softmax turns the outputs into probabilities/);
    expect(ko(softmax.message)).toContain('항상 1.0을 출력');
    expect(softmax.fixes.map((f) => ko(f.label))).toEqual(['Dense(1, linear) 사용', 'Dense(1, sigmoid) 사용', 'Dense(2, softmax) 사용']);
    expect(ko.parts(softmax.message).some((p) => p.kind === 'term' && p.term === 'softmax')).toBe(true);
  });

  it('names several layers of a linear stack as a list in each language', () => {
    const a = adviceOf({ inputShape: [4], layers: [{ type: 'dense', units: 8 }, { type: 'dense', units: 8 }, { type: 'dense', units: 1 }] }, 'model/linear-stack');
    expect(en(a.message)).toContain('layers 1 and 2 (Dense, linear) feed layer 3 (Dense)');
    expect(ko(a.message)).toContain('레이어 1 및 2(Dense, linear)');
  });
});
