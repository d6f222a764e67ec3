import { describe, expect, it } from 'vitest';
import { english, translator } from '../../../src/core/i18n/translate';
import { specInputNotes } from '../../../src/ui/model/useSpecFile';

describe('specInputNotes', () => {
  it('names a batch size written into the input shape, and a fixed batch size the app does not use', () => {
    const [inShape] = specInputNotes({ inputShape: [30, 50, 50, 3] }, [50, 50, 3]);
    expect(inShape).toEqual({ code: 'designer.spec.batchInShape', params: { first: 30, shape: '(50, 50, 3)' } });
    expect(inShape && english(inShape)).toBe(
      'Its input shape starts with 30, which looks like a batch size: Keras keeps the batch as None, so the input shape lists one example’s axes, (50, 50, 3).',
    );
    const [fixed] = specInputNotes({ inputShape: [10], batchSize: 1024 }, [10]);
    expect(fixed && english(fixed)).toBe(
      'Its fixed batch size of 1,024 is kept: every shape starts with it instead of None, and the Keras code writes it; Layerbench itself trains with the Train step’s batch size.',
    );
    expect(fixed && translator('ko')(fixed)).toContain('고정 배치 크기(1,024)');
    expect(specInputNotes({ inputShape: [7] }, [10])).toEqual([]);
  });
});
