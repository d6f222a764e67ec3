import { describe, expect, it } from 'vitest';
import { excludeAction, idAction, layoutAction, lengthAction, parseSequenceFix, strideAction, taskAction } from '../../../../src/core/sources/sequences/fixes';

describe('parseSequenceFix', () => {
  it('reads back every action string it writes, and nothing else', () => {
    expect(parseSequenceFix(lengthAction(64))).toEqual({ kind: 'length', length: 64 });
    expect(parseSequenceFix(strideAction(32))).toEqual({ kind: 'stride', stride: 32 });
    expect(parseSequenceFix(excludeAction('acc:x'))).toEqual({ kind: 'exclude', column: 'acc:x' });
    expect(parseSequenceFix(taskAction('regression'))).toEqual({ kind: 'task', task: 'regression' });
    expect(parseSequenceFix(layoutAction('windows'))).toEqual({ kind: 'layout', layout: 'windows' });
    expect(parseSequenceFix(idAction('session'))).toEqual({ kind: 'id', column: 'session' });
    expect(parseSequenceFix('seq-order:none')).toEqual({ kind: 'order-none' });
    expect(parseSequenceFix('seq-features:proposed')).toEqual({ kind: 'features-proposed' });
    for (const other of ['seq-length:-1', 'seq-length:6.5', 'seq-task:softmax', 'exclude-feature:a', 'seq-order:t', 'nothing']) expect(parseSequenceFix(other), other).toBeNull();
  });
});
