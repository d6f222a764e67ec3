import { describe, expect, it } from 'vitest';
import { specInputNotes } from '../../../src/ui/model/useSpecFile';

describe('specInputNotes', () => {
  it('names a batch size written into the input shape, and a fixed batch size the app does not use', () => {
    expect(specInputNotes({ inputShape: [30, 50, 50, 3] }, [50, 50, 3])).toEqual([
      'Its input shape starts with 30, which looks like a batch size: Keras keeps the batch as None, so the input shape lists one example’s axes, (50, 50, 3).',
    ]);
    expect(specInputNotes({ inputShape: [10], batchSize: 32 }, [10])).toEqual([
      'Its fixed batch size of 32 is kept: every shape starts with it instead of None, and the Keras code writes it; Layerbench itself trains with the Train step\'s batch size.',
    ]);
    expect(specInputNotes({ inputShape: [7] }, [10])).toEqual([]);
  });
});
