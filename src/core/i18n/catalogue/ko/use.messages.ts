import type en from '../en/use.messages';

/** Korean messages of the "use" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
  'step.title': '모델 사용',
  'step.lede': '새 예제로 모델을 시험해 보고, 여러 예제를 한 번에 예측해 결과를 내려받거나, 모델을 내보내 다른 곳에서 사용합니다.',
  'next': '다음: 모델 사용',

  'run.current': '현재 실행의 모델: {name}',
  'run.saved': '실험에서 연 저장된 실행: {name}',
  'run.backToCurrent': '현재 실행으로 돌아가기',
  'openRun': '이 모델 사용',
  'openRunHint': '새 예제로 시험하거나, 파일 전체를 예측하거나, 내보냅니다.',

  'empty.nothing': '아직 학습한 모델이 없습니다. 모델을 학습한 뒤 여기서 새 예제로 시험해 보세요.',
  'empty.training': '학습 중입니다. 학습이 끝나면 여기서 모델을 사용할 수 있습니다.',
  'empty.failed': '마지막 실행이 문제로 중단되어 사용할 모델이 없습니다. 다시 학습하세요.',
  'empty.goToTrain': '학습으로 이동',
  'reading': '저장된 실행을 읽는 중…',
  'readFailed': '저장된 실행을 읽지 못했습니다.',
  'rail.trainFirst': '먼저 모델을 학습하세요',

  'export.title': '내보내기',
  'export.lede': '모델을 다른 곳에서 쓰도록 내보내거나, 다른 Layerbench에서 가져올 수 있도록 실험 전체를 파일 하나로 저장합니다.',

  'result.predictedTag': '(예측)',

  'images.zone': '시험할 이미지',
  'images.drop': '여기에 이미지를 끌어다 놓으세요',
  'images.or': '또는',
  'images.choose': '이미지 선택…',
  'images.input': '예측할 이미지',
  'images.hint': 'PNG, JPEG, GIF, WebP, BMP 파일을 한 번에 최대 {max, number}개까지 넣을 수 있습니다. 각 이미지는 학습 때처럼 {height, number} × {width, number} 픽셀로 크기를 바꿉니다.',
  'images.predicting': '이미지 {count, number}개를 예측하는 중…',
  'images.failed': '이미지를 예측하지 못했습니다.',
  'images.firstOnly': '이미지 {count, number}개 중 처음 {max, number}개만 예측했습니다. 나머지는 다음에 따로 넣으세요.',
  'images.results': '이미지 예측 결과',
  'images.summary': '이미지 {count, number}개 (최근 것부터)',
  'images.clear': '지우기',
  'images.predicted': '예측: {label}',
  'images.confidence': '확신도 {confidence, number, ::percent .#}',
  'images.value': '예측한 값',
} as const satisfies Record<keyof typeof en, string>;
