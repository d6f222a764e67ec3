/** The built-in samples in the UI's language: the index (resources/samples/index.json) holds their English. */
import type { MessageCode } from '../../core/i18n/catalogue';
import { msg, type Message } from '../../core/i18n/message';
import type { Translator } from '../../core/i18n/translate';
import type { SampleInfo } from '../../host/contract';

const SAMPLE_TEXT: Readonly<Record<string, { readonly title: MessageCode; readonly description: MessageCode }>> = {
  penguins: { title: 'app.sample.penguins.title', description: 'app.sample.penguins.description' },
  'auto-mpg': { title: 'app.sample.autoMpg.title', description: 'app.sample.autoMpg.description' },
  shapes: { title: 'app.sample.shapes.title', description: 'app.sample.shapes.description' },
  activity: { title: 'app.sample.activity.title', description: 'app.sample.activity.description' },
};

/** The sample's title as a message, for sentences that name it in whichever language is shown later; its English for a sample the catalogue does not know. */
export function sampleTitle(sample: SampleInfo): Message | string {
  const text = SAMPLE_TEXT[sample.id];
  return text ? msg(text.title) : sample.title;
}

/** The sample as the Data step lists it: title and description in the UI's language. */
export function sampleInLanguage(t: Translator, sample: SampleInfo): SampleInfo {
  const text = SAMPLE_TEXT[sample.id];
  return text ? { ...sample, title: t(text.title), description: t(text.description) } : sample;
}
