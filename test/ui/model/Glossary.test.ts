import * as tf from '@tensorflow/tfjs';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/i18n/locale';
import { translator } from '../../../src/core/i18n/translate';
import { analyzeModel } from '../../../src/core/model/analyze';
import { glossaryEntry } from '../../../src/core/model/glossary';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';
import { Text } from '../../../src/ui/i18n/Text';
import { GlossaryEntryView, GlossaryLinks } from '../../../src/ui/model/Glossary';
import { LayerStack } from '../../../src/ui/model/LayerStack';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function render(locale: Locale, element: ReactElement): string {
  return renderToStaticMarkup(createElement(I18nProvider, { locale, children: createElement(GlossaryLinks, { children: element }) }));
}

/** The term buttons of the markup, each with the name of the dialog it opens. */
function termButtons(html: string): { words: string; dialog: string }[] {
  const out: { words: string; dialog: string }[] = [];
  for (const m of html.matchAll(/<button type="button" class="term" popoverTarget="([^"]+)"[^>]*>([^<]*)<\/button>/gi)) {
    const [, id = '', words = ''] = m;
    const panel = new RegExp(`<div id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" popover="auto" role="dialog" aria-label="([^"]*)"`).exec(html);
    out.push({ words, dialog: panel?.[1] ?? '' });
  }
  return out;
}

function entryView(locale: Locale, term: string, trail: string[] = []): string {
  const entry = glossaryEntry(term);
  if (!entry) throw new Error(term);
  const props = { entry, trail: trail.flatMap((t) => glossaryEntry(t) ?? []), onTrail: () => undefined, close: () => undefined };
  return render(locale, createElement(GlossaryEntryView, props));
}

describe('glossary terms in messages', () => {
  it('draws a message’s <term-ID> span as the button that opens that entry, in English', () => {
    const html = render('en', createElement(Text, { m: 'designer.stack.inputExplained' }));
    expect(termButtons(html)).toEqual([
      { words: 'None', dialog: 'Glossary: None (the batch axis)' },
      { words: 'batch', dialog: 'Glossary: Batch' },
    ]);
    // The button says what it opens; the closed panel holds no text, so the sentence reads whole.
    expect(html).toContain('title="What is “Batch”?"');
    expect(html.replace(/<[^>]+>/g, '')).toBe('The data’s shape. None is the batch: the model takes any number of examples at a time.');
    // The entry, once open: its text, and its own link on to the batch size.
    const batch = entryView('en', 'batch');
    expect(batch).toContain('<strong tabindex="-1">Batch</strong>');
    expect(batch).toContain('while training and while predicting alike');
    expect(batch).toMatch(/<button type="button" class="term">Batch size<\/button>/);
    expect(batch).toContain('aria-label="Close"');
    expect(entryView('en', 'batch', ['batch_size'])).toContain('>Back to Batch</button>');
  });

  it('does the same in Korean', () => {
    const html = render('ko', createElement(Text, { m: 'designer.stack.inputExplained' }));
    expect(termButtons(html)).toEqual([
      { words: 'None', dialog: '용어집: None(배치 축)' },
      { words: '배치', dialog: '용어집: 배치(batch)' },
    ]);
    expect(html).toContain('title="“배치(batch)” 설명 보기"');
    const batch = entryView('ko', 'batch');
    expect(batch).toContain('<strong tabindex="-1">배치(batch)</strong>');
    expect(batch).toContain('학습할 때와 예측할 때 모두');
    expect(batch).toMatch(/<button type="button" class="term">배치 크기<\/button>/);
    expect(batch).toContain('aria-label="닫기"');
    expect(entryView('ko', 'batch', ['batch_size'])).toContain('>배치(batch) 항목으로 돌아가기</button>');
  });

  it('links the terms of the layer stack’s explanations, and lists the ones no line links', () => {
    const layers = [{ type: 'dense', units: 4, activation: 'relu' }];
    const report = analyzeModel({ inputShape: [9], layers });
    const stack = createElement(LayerStack, { layers, report, selected: null, disabled: false, focusToken: 0, dispatch: () => undefined });
    const terms = report.layers[0]?.terms ?? [];
    expect(terms).toContain('units');
    for (const locale of ['en', 'ko'] as const) {
      const t = translator(locale);
      const dialogs = new Set(termButtons(render(locale, stack)).map((b) => b.dialog));
      // Every term the explanation uses is one click away, in a line or in the list after them.
      for (const term of terms) {
        const entry = glossaryEntry(term);
        expect(entry && dialogs.has(t('designer.glossary.dialog', { title: t(entry.title) })), `${locale} ${term}`).toBe(true);
      }
    }
  });
});
