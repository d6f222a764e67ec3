// Both catalogues, namespace by namespace. A key is "namespace.key"; the type-checker makes
// the Korean catalogue hold exactly the English keys, and test/core/i18n/catalogue.test.ts checks
// that every key is used, renders in both languages and takes the same parameters.
import en_app from './en/app.messages';
import ko_app from './ko/app.messages';
import en_common from './en/common.messages';
import ko_common from './ko/common.messages';
import en_data from './en/data.messages';
import ko_data from './ko/data.messages';
import en_sources from './en/sources.messages';
import ko_sources from './ko/sources.messages';
import en_shape from './en/shape.messages';
import ko_shape from './ko/shape.messages';
import en_model from './en/model.messages';
import ko_model from './ko/model.messages';
import en_designer from './en/designer.messages';
import ko_designer from './ko/designer.messages';
import en_layers from './en/layers.messages';
import ko_layers from './ko/layers.messages';
import en_glossary from './en/glossary.messages';
import ko_glossary from './ko/glossary.messages';
import en_train from './en/train.messages';
import ko_train from './ko/train.messages';
import en_evaluate from './en/evaluate.messages';
import ko_evaluate from './ko/evaluate.messages';
import en_experiment from './en/experiment.messages';
import ko_experiment from './ko/experiment.messages';
import en_predict from './en/predict.messages';
import ko_predict from './ko/predict.messages';
import en_use from './en/use.messages';
import ko_use from './ko/use.messages';
import en_host from './en/host.messages';
import ko_host from './ko/host.messages';
import en_cli from './en/cli.messages';
import ko_cli from './ko/cli.messages';

const EN = {
  app: en_app,
  common: en_common,
  data: en_data,
  sources: en_sources,
  shape: en_shape,
  model: en_model,
  designer: en_designer,
  layers: en_layers,
  glossary: en_glossary,
  train: en_train,
  evaluate: en_evaluate,
  experiment: en_experiment,
  predict: en_predict,
  use: en_use,
  host: en_host,
  cli: en_cli,
} as const;

const KO: { readonly [NS in keyof typeof EN]: Readonly<Record<keyof (typeof EN)[NS], string>> } = {
  app: ko_app,
  common: ko_common,
  data: ko_data,
  sources: ko_sources,
  shape: ko_shape,
  model: ko_model,
  designer: ko_designer,
  layers: ko_layers,
  glossary: ko_glossary,
  train: ko_train,
  evaluate: ko_evaluate,
  experiment: ko_experiment,
  predict: ko_predict,
  use: ko_use,
  host: ko_host,
  cli: ko_cli,
};

type Namespaces = typeof EN;
/** Every message code: "data.emptyFile", "glossary.units.title", … */
export type MessageCode = { [NS in keyof Namespaces & string]: `${NS}.${keyof Namespaces[NS] & string}` }[keyof Namespaces & string];

function flatten(namespaces: Readonly<Record<string, Readonly<Record<string, string>>>>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [ns, messages] of Object.entries(namespaces)) {
    for (const [key, text] of Object.entries(messages)) out.set(`${ns}.${key}`, text);
  }
  return out;
}

/** The catalogues as flat maps from code to ICU text. */
export const CATALOGUES = { en: flatten(EN), ko: flatten(KO) } as const;
