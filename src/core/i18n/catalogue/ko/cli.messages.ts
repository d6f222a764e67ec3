import type en from '../en/cli.messages';

/** Korean messages of the "cli" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
  'line.error': '오류: {message}',
  'line.fix': '해결 방법: {label}',
  'line.detail': '세부 정보: {detail}',
  'line.note': '참고: {text}',
  'line.problem': '문제: {text}',
  'internalError': 'Layerbench가 내부 오류로 멈췄습니다. 자세한 내용을 보려면 LAYERBENCH_DEBUG=1을 설정하고 다시 실행하세요.',
  'lang.unknown': '--lang 값은 en(영어) 또는 ko(한국어)여야 합니다. 받은 값: {value}.',

  'usage.withUsage': '{sentence}\n\n{usage}',
  'usage.text': `사용법:
{synopsis}

  train    CSV/TSV 파일을 읽고, 앱과 똑같이 작업과 신경망을 제안한 뒤 학습하고 평가용 데이터로
           평가합니다. 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더(PNG, JPEG, BMP, GIF, WebP)나
           이미지 경로가 담긴 CSV를 주면 (None, H, W, C) 입력의 작은 CNN을 학습합니다.
           --size HxW로 H와 W를 정합니다. 행이 타임스텝인 CSV(기록 ID가 연달아 반복되거나
           시간 열이 있는 파일)는 시퀀스 (None, 스텝, 특성)로 읽고, 고른 레이아웃을 출력합니다.
           일반 표는 표로 읽습니다. --sequence-id는 ID마다 행을 묶어 기록 하나로 만들고
           (--length N은 기록을 N 스텝으로 채우거나 자릅니다), --window N은 각 기록(또는 파일 전체)을
           --stride 행마다 N행 윈도로 자르며 각 윈도의 레이블은 마지막 행의 값입니다.
           --order는 스텝 순서를 정하는 날짜/시간 열이나 숫자 열을 지정합니다.
  --model  (train) 제안된 신경망 대신 모델 명세 파일(docs/model-spec.md, 앱의 “모델 명세 저장…”)의
           레이어를 데이터의 입력 형태로 학습합니다. 마지막 레이어는 앱과 같이 확인합니다.
           클래스가 둘이면 Dense(2, softmax) 또는 Dense(1, sigmoid)여야 합니다.
  --out    (train) 학습한 모델을 DIR 폴더에 씁니다: model.json + weights.bin(TensorFlow.js
           Layers 형식), preprocessing.json, model.py(Keras). docs/export-format.md를 참고하세요.
  --split-out  (train) 학습에 쓴 예제와 평가용으로 떼어 둔 예제를 FILE에 JSON으로 씁니다:
           "train"과 "test"는 표의 데이터 행 번호(머리글 아래 첫 행이 0)입니다.
  predict  --out으로 쓴(또는 앱에서 내보낸) 모델 폴더와 새 행이 담긴 CSV를 읽고, 열을 학습 때의
           열과 비교한 뒤 예측을 CSV(파일의 열, predicted_TARGET, probability_CLASS)로 FILE이나
           터미널에 씁니다.
  inspect  앱이 표나 이미지 데이터셋에서 보는 것을 알려 줍니다: 열과 제안된 타깃, 또는 클래스,
           이미지 크기, 색상, 입력 형태, 건너뛴 파일.
  summary  모델 명세(docs/model-spec.md)를 읽고 Keras의 요약 표를 출력합니다: 레이어마다 출력
           형태와 파라미터 수, 그 계산 과정. 입력을 받을 수 없는 레이어는 기대하는 입력, 받은 입력,
           고치는 방법과 함께 알려 줍니다(종료 코드 1).
  --task   (summary) 데이터가 앱에 알려 주듯 모델이 예측할 것: --classes N개(2 이상) 중 하나의
           클래스(classification) 또는 숫자(regression). 그러면 마지막 레이어를 앱과 같이 확인합니다.
           예: N개 클래스는 Dense(N, softmax)(클래스 2개는 Dense(1, sigmoid)도 됩니다), 숫자는
           Dense(1, linear).
  --keras  (summary) 모델을 앱의 Keras 코드 보기와 같은 Keras 3 Python 코드로도 출력합니다
           (--task를 주면 그 작업의 손실 함수로 컴파일합니다).
  --encoding  (train, predict, inspect) 감지된 텍스트 인코딩 대신 이 인코딩으로 CSV를 읽습니다:
           utf-8, utf-16le, windows-1252(latin1), euc-kr(cp949), shift_jis, gb18030, …
  --json   표준 출력의 마지막 줄에 JSON 객체 하나를 출력합니다. 키는 영어 그대로입니다.
  --lang   (모든 명령) 이 언어로 출력합니다: en(영어) 또는 ko(한국어). 없으면 LC_ALL,
           LC_MESSAGES, LANG이 지정하는 언어를 씁니다.

예:
{examples}`,

  'args.atLeast': '{flag} 값은 {min, number} 이상이어야 합니다. 받은 값: {value, number}.',
  'args.atMost': '{flag} 값은 {max, number} 이하여야 합니다. 받은 값: {value, number}.',
  'args.needsValue': '{flag} 다음에 값을 입력하세요.',
  'args.invalidValue': '{flag}의 값은 Layerbench에서 사용할 수 없습니다.',
  'args.takesNoValue': '{flag}에는 값을 붙이지 않습니다. 옵션만 쓰세요.',
  'args.unreadable': '명령줄을 읽을 수 없습니다: {text}.',
  'args.badEncoding': '--encoding: {value}은(는) Layerbench가 읽을 수 있는 텍스트 인코딩이 아닙니다. 다음 중 하나를 쓰세요: {names}.',
  'args.wholeNumber': '{flag}에는 정수를 입력해야 합니다. 받은 값: {value}.',
  'args.notCommand': '{command}은(는) layerbench 명령이 아닙니다.',
  'args.train.noFile': '학습할 CSV나 TSV 파일, 또는 이미지 폴더를 지정하세요.',
  'args.oneFile': '파일은 하나만 지정하세요. {count, number}개를 받았습니다: {names}.',
  'args.oneSpec': '명세 파일은 하나만 지정하세요. {count, number}개를 받았습니다: {names}.',
  'args.onePath': '경로는 하나만 지정하세요. {count, number}개를 받았습니다: {names}.',
  'args.backend': '--backend 값은 {names} 중 하나여야 합니다. 받은 값: {value}.',
  'args.rowRange': '{flag} 값은 {min, number}~{max, number}행이어야 합니다. 받은 값: {value, number}.',
  'args.windowOrLength': '--window(긴 기록을 자른 윈도)와 --length(기록당 스텝 수) 중 하나만 지정하세요.',
  'args.strideNeedsWindow': '--stride는 --window와 함께 씁니다. 한 윈도의 시작에서 다음 윈도의 시작까지의 행 수입니다.',
  'args.unknownOption': '알 수 없는 옵션 {option}입니다. {like}을(를) 뜻했나요?',
  'args.unknownOptionListed': '알 수 없는 옵션 {option}입니다. 사용할 수 있는 옵션은 아래에 있습니다.',
  'args.predict.names': '모델 폴더(train --out으로 쓴 폴더)나 내보낸 모델 .zip 파일, 그리고 새 행이 담긴 CSV 파일(이미지 모델이면 이미지 파일이나 이미지 폴더)을 지정하세요.',
  'args.summary.noFile': '요약할 모델 명세 파일(JSON)을 지정하세요.',
  'args.classesNeedTask': '--classes는 --task classification과 함께 씁니다. 둘 다 지정하세요. 예: --task classification --classes 3.',
  'args.classesRegression': '--classes는 --task classification과 함께 씁니다. 회귀 모델은 숫자 하나를 예측하므로 --classes를 빼세요.',
  'args.task': '--task 값은 classification 또는 regression이어야 합니다. 받은 값: {value}.',
  'args.taskNeedsClasses': '--task classification에는 클래스 수가 필요합니다. --classes N을 추가하세요. 예: --classes 3.',
  'args.classesRange': '--classes 값은 2~{max, number}여야 합니다. 받은 값: {value, number}. 분류 모델은 적어도 두 클래스를 구분합니다.',
  'args.size.format': '--size에는 높이와 너비를 픽셀 단위로 HxW 형식(예: 28x28)으로 입력해야 합니다. 받은 값: {value}.',
  'args.size.range': '--size: 각 변은 8~256픽셀이어야 합니다. 받은 값: {height, number}x{width, number}.',
  'args.inspect.noFile': '살펴볼 CSV 파일이나 이미지 폴더를 지정하세요.',

  'file.reason.noSuchFile': '파일이 없음',
  'file.reason.permission': '권한이 없음',
  'file.reason.isFolder': '폴더임',
  'file.reason.pathThroughFile': '경로의 일부가 폴더가 아니라 파일임',
  'file.reason.loop': '자기 자신으로 돌아오는 링크임(링크 순환)',
  'file.reason.tooManyOpen': '한꺼번에 열린 파일이 너무 많음',
  'file.reason.nameTooLong': '이름이 너무 김',
  'file.reason.diskError': '디스크를 읽을 수 없음',
  'file.couldNotRead': '읽을 수 없음({reason})',
  'file.open.missing': '{file}을(를) 열 수 없습니다. 그런 {what, select, folder {폴더가} fileOrFolder {파일이나 폴더가} other {파일이}} 없습니다.',
  'file.open.permission': '{file}을(를) 열 수 없습니다. Layerbench에 읽기 권한이 없습니다. 파일 권한을 확인하세요.',
  'file.open.isFolder': '{file}은(는) 파일이 아니라 폴더입니다.',
  'file.open.isFile': '{file}은(는) 폴더가 아니라 파일입니다.',
  'file.open.pathThroughFile': '{file}을(를) 열 수 없습니다. 경로의 일부가 폴더가 아니라 파일입니다.',
  'file.open.loop': '{file}을(를) 열 수 없습니다. 자기 자신으로 돌아오는 링크입니다(링크 순환).',
  'file.open.tooManyOpen': '{file}을(를) 열 수 없습니다. 한꺼번에 열린 파일이 너무 많습니다. 다른 프로그램을 닫고 다시 시도하세요.',
  'file.open.nameTooLong': '{file}을(를) 열 수 없습니다. 경로가 너무 깁니다.',
  'file.open.diskError': '{file}을(를) 열 수 없습니다. 디스크를 읽을 수 없습니다.',
  'file.open.other': '{file}을(를) 열 수 없습니다. 그런 {what, select, folder {폴더가} fileOrFolder {파일이나 폴더가} other {파일이}} 없거나 읽을 수 없습니다.',
  'file.isFolderNotCsv': '{file}은(는) CSV나 TSV 파일이 아니라 폴더입니다.',
  'file.isFolderNotSpec': '{file}은(는) 모델 명세 파일이 아니라 폴더입니다.',
  'file.tooManyFiles': '{folder}에 파일이 {max, number}개보다 많습니다. 더 작은 폴더를 고르세요.',
  'file.encodingHint': '{message} --encoding NAME으로 인코딩을 지정하세요. 예: --encoding windows-1252.',

  'write.cannot': '{file}에 쓸 수 없습니다({reason}).',
  'write.reason.noFolder': '폴더가 없음',
  'write.reason.folderUnreadable': '폴더를 읽을 수 없음',
  'write.reason.pathThroughFile': '경로의 일부가 폴더가 아니라 파일임',
  'write.reason.isFolder': '폴더임',
  'write.reason.unreadable': '읽을 수 없음',

  'export.cannot': '모델을 {dir}에 쓸 수 없습니다. {reason}.',
  'export.reason.permission': '그곳에 쓸 권한이 없습니다',
  'export.reason.diskFull': '디스크가 가득 찼습니다',
  'export.reason.pathThroughFile': '경로의 일부가 폴더가 아니라 파일입니다',
  'export.reason.folderWhereFile': '모델 파일이 들어갈 자리에 폴더가 있습니다',
  'export.reason.pathTooLong': '경로가 너무 깁니다',
  'export.reason.other': '폴더를 만들거나 쓸 수 없습니다',
  'export.reason.noPermissionIn': '{folder}에 쓸 권한이 없습니다',
  'export.reason.link': '다른 곳을 가리키는 링크입니다. 폴더 자체를 지정하세요',
  'export.reason.isFile': '같은 이름의 파일이 있는데, 모델은 파일 여러 개가 든 폴더입니다. 다른 이름을 고르세요',
  'export.reason.userFiles': '그 폴더에는 Layerbench 모델이 아닌 파일({names})이 이미 있고, Layerbench는 그런 파일을 덮어쓰지 않습니다. 새 폴더 이름을 고르거나 폴더를 비우세요',
  'export.reason.notModel': '그 폴더에는 Layerbench 모델이 아닌 파일이 이미 있고, Layerbench는 그런 파일을 덮어쓰지 않습니다. 새 폴더 이름을 고르거나 폴더를 비우세요',
  'export.reason.noFolders': '그 경로의 폴더가 하나도 없습니다',
  'export.reason.ancestorIsFile': '{folder}은(는) 폴더가 아니라 파일입니다',
  'export.interrupted.several': '{dir}이(가) 없고, 그 옆에 이전 사본이 여러 개 있습니다({names}). 원하는 사본의 이름을 {name}(으)로 되돌리세요.',
  'export.interrupted.putBack': '{dir}에 마지막으로 저장하다가 중단되었습니다. 그 저장이 대체하려던 모델을 되돌려 놓았습니다.',
  'export.interrupted.readFrom': '{dir}에 마지막으로 저장하다가 중단되었습니다. 그 저장이 대체하려던 모델은 이름을 되돌릴 수 없어 {old}에서 읽습니다.',

  'model.unreadable': '{what}을(를) 읽을 수 없습니다. {reason, select, permission {읽기 권한이 없습니다} other {시스템이 읽기를 거부했습니다}}.',
  'model.fileIn': '{dir}의 {name}',
  'model.theFolder': '모델 폴더 {dir}',
  'model.theZip': '모델 zip 파일 {dir}',
  'model.writtenBy': '“layerbench train … --out DIR”로 쓴 폴더, 또는 앱에서 내보낸 모델 폴더나 .zip 파일을 지정하세요',
  'model.linkOutside': '{dir}의 {name}은(는) 모델 폴더 밖의 파일을 가리키는 링크입니다. Layerbench는 폴더 안의 파일만 읽습니다.',
  'model.notAFile': '{dir}의 {name}은(는) 파일이 아니라 폴더입니다. 모델 폴더가 손상되었습니다.',
  'model.noFolder': '모델 폴더 {dir}이(가) 없습니다. {writtenBy}.',
  'model.isFile': '{dir}은(는) 모델 폴더가 아니라 파일입니다. {writtenBy}.',
  'model.noManifest': '{dir}에 {manifest}이(가) 없어서 Layerbench가 파일들이 한 모델의 것인지 확인할 수 없습니다(이전 버전의 Layerbench로 저장했거나 파일이 지워졌습니다). 앱에서 모델을 다시 내보내거나 --out으로 다시 학습하세요.',
  'model.notModelFolder': '{dir}은(는) 모델 폴더가 아닙니다({manifest}도 model.json도 없습니다). {writtenBy}.',
  'model.unlisted': '{dir}의 {manifest}에 모든 모델에 필요한 {name}이(가) 없습니다. {writtenBy}.',
  'model.damaged': '{dir}의 {name}이(가) 손상되었거나 Layerbench에서 만든 파일이 아닙니다.',
  'model.weightsOutside': '{dir}의 model.json이 모델 폴더 밖의 가중치 파일({path})을 가리킵니다. Layerbench는 폴더 안의 파일만 읽습니다.',
  'model.weightsUnlisted': '{dir}의 model.json이 모델 파일이 아닌 가중치 파일 {path}을(를) 가리킵니다({manifest}에 없습니다).',
  'model.weightsShort': '{dir}의 {count, plural, other {가중치 파일({names})}}이 너무 짧습니다. 모델에는 가중치가 {expected, number}바이트 필요한데 {have, number}바이트만 있습니다. 모델을 다시 내보내거나 다시 학습하세요.',

  'data.namesAndMore': '{names} 외 {count, number}개',
  'data.noSuchColumn': '{option}이(가) {column} 열을 지정했지만 {file}에는 그런 열이 없습니다. 열 목록: {columns}.',
  'data.targetChosen': '직접 고르셨으므로 {column}이(가) 타깃입니다.',
  'data.readAsSequences': '시퀀스로 읽습니다: {how}, 순서 기준은 {order}, 스텝 열은 {features}입니다. {reason}',
  'data.grouped': '{id}마다 기록 하나, 기록마다 {length, number} 스텝',
  'data.windows': '{stride, number}행마다 {length, number}행 윈도',
  'data.windowsWithin': '각 {id} 안에서 {stride, number}행마다 {length, number}행 윈도',
  'data.fileOrder': '파일의 행 순서',

  'task': '{task, select, classification {분류} regression {회귀} other {{task}}}',
  'count': '{unit, select, images {이미지 {count, number}개} recordings {기록 {count, number}개} windows {윈도 {count, number}개} other {행 {count, number}개}}',
  'unitWord': '{unit, select, images {이미지} recordings {기록} windows {윈도} other {행}}',
  'inputShape': '입력 형태: {shape}: {sum}',
  'textEncoding': '텍스트 인코딩: {encoding}.',

  'inspect.sequences': '{name}: 행 {rows, number}개. {readAs}',
  'inspect.sequencesTarget': '{examples}, 타깃 {target}({task}). {reason}',
  'inspect.table': '{name}: 행 {rows, number}개, 열 {columns, number}개인 표.',
  'inspect.column': '  {name}: {kind, select, number {숫자} category {범주} text {텍스트} datetime {날짜/시간} empty {비어 있음} other {{kind}}}{missing, plural, =0 {} other {, 결측값 {missing, number}개}}',
  'inspect.target': '타깃: {target}({task}). {reason}',
  'inspect.images.classes': '{name}: 이미지 {count, number}개, 클래스 {classes, number}개({task}).',
  'inspect.images.target': '{name}: 이미지 {count, number}개, 타깃 {target}({task}).',
  'inspect.images.sameSize': '크기: 모두 {size}.',
  'inspect.images.sizes': '크기: {distinct, number}가지. 가장 많은 크기 {size}({count, number}개), 너비 {widthMin, number}–{widthMax, number}(중앙값 {widthMedian, number}), 높이 {heightMin, number}–{heightMax, number}(중앙값 {heightMedian, number}).',
  'inspect.images.colour': '색상: {reason}',
  'inspect.images.inputShape': '입력 형태: {shape}. {sum}',
  'inspect.images.skipped': '읽을 수 없는 파일 {count, number}개를 건너뛰었습니다:',
  'inspect.images.ignored': '다른 파일이나 행 {count, number}개를 제외했습니다:',
  'inspect.images.more': '  … 외 {count, number}개.',

  'train.specShape': '명세 {file}은(는) 입력 ({specShape})에 맞춰 작성되었습니다. 레이어는 이 데이터의 입력 (None, {dataShape})으로 학습합니다.',
  'train.noModel': '{name}에 제안할 수 있는 모델이 없습니다.',
  'train.start': 'Layerbench: {name}({examples})에서 학습합니다. 타깃 {target}.',
  'train.dropped': '{count, number}개 행은 타깃 {target}에 쓸 수 있는 값이 없어 제외합니다.',
  'train.taskHead': '{taskReason} 출력층: {headReason}',
  'train.backend': '백엔드: {label}. {reason}',
  'train.epoch': '  에포크 {epoch, number}/{epochs, number}  손실 {loss}',
  'train.epochVal': '  에포크 {epoch, number}/{epochs, number}  손실 {loss}  val_loss {valLoss}',
  'train.written': '모델을 {dir}에 썼습니다: model.json, weights.bin, preprocessing.json, model.py, train.py, requirements.txt, manifest.json.',
  'train.report.summary': '작업: {task}  ·  입력 형태 {shape}  ·  학습 {unit} {train, number}개, 평가용 {test, number}개',
  'train.report.model': '모델: {layers}  ·  파라미터 {params, number}개',
  'train.report.trained': '{backend}에서 {epochs, number} 에포크를 {seconds, number}초 동안 학습했습니다.',
  'train.report.trainedEarly': '{backend}에서 {epochs, number} 에포크를 {seconds, number}초 동안 학습했습니다(조기 종료, 최적 에포크 {best, number}).',
  'train.report.heading': '평가용 데이터 결과(괄호 안은 기준선):',
  'train.report.accuracy': '  정확도  {value}  ({baseline}: 항상 {label})',
  'train.report.macroF1': '  매크로 F1 점수  {value}',
  'train.report.class': '    {label}: 정밀도 {precision}, 재현율 {recall}, F1 점수 {f1} ({examples})',
  'train.report.mae': '  MAE   {value}  ({baseline}), “{target}”의 단위',
  'train.report.rmse': '  RMSE  {value}  ({baseline}), “{target}”의 단위',
  'train.report.r2': '  결정계수(R²)  {value}  ({baseline}: 항상 학습 데이터의 평균)',
  'train.report.linearAccuracy': '  선형 모델  정확도 {value}, 매크로 F1 점수 {f1}  (은닉 레이어 없음, {seconds, number}초 동안 학습)',
  'train.report.linearRegression': '  선형 모델  MAE {mae}, RMSE {rmse}, 결정계수(R²) {r2}  (은닉 레이어 없음, {seconds, number}초 동안 학습)',
  'train.report.linearVerdict': '  {sentence}',

  'predict.imageModel': '이 모델은 이미지를 읽으므로 {file}(으)로는 예측할 수 없습니다. 이미지 파일이나 이미지 폴더를 지정하세요.',
  'predict.tableModel': '이 모델은 값이 담긴 표를 읽으므로 {path}(으)로는 예측할 수 없습니다. 학습에 쓴 열이 있는 CSV 파일을 지정하세요.',
  'predict.image.line': '{file}  →  {predicted}  {confidence, number, ::percent .#}  ({top})',
  'predict.image.top': '{count, plural, one {{first}} =2 {{first}, {second}} other {{first}, {second}, {third}}}',
  'predict.image.probability': '{label} {p, number, ::percent .#}',
  'predict.image.value': '{file}  →  {value, number}',
  'predict.image.none': '{file}: {note}',
  'predict.image.skipped': '{file}: 건너뜀, {reason}',
  'predict.image.noImages': '{folder}에 이미지 파일이 없습니다 (PNG, JPEG, BMP, GIF, WebP를 읽습니다).',
  'predict.image.summary': '이미지 {total, number}개 중 {predicted, number}개를 예측했습니다{without, plural, =0 {} other {. #개는 예측하지 못했습니다(이유는 각 줄에 있습니다)}}{skipped, plural, =0 {} other {. 파일 #개를 건너뛰었습니다}}.',
  'predict.image.written': '예측을 {file}에 썼습니다.',
  'predict.notFit': '{file}이(가) 모델에 맞지 않습니다.',
  'predict.rowName': '{row, number}행',
  'predict.rowNote': '{row}: {note}',
  'predict.moreWithout': '예측이 없는 {unit, select, recordings {기록} windows {윈도} other {행}}이 {count, number}개 더 있습니다. note 열에 각각의 이유가 있습니다.',
  'predict.written': '예측 {count, number}개를 {file}에 썼습니다{unit, select, recordings {(기록마다 하나)} windows {(윈도마다 하나)} other {}}.',
  'predict.writtenSome': '예측 {count, number}개를 {file}에 썼습니다{unit, select, recordings {(기록마다 하나)} windows {(윈도마다 하나)} other {}}. {without}(이유는 note 열에 있습니다).',
  'predict.some': '{unit, select, recordings {기록} windows {윈도} other {행}} {total, number}개 중 {predicted, number}개를 예측했습니다. {without}(이유는 note 열에 있습니다).',
  'predict.without': '{unit, select, recordings {기록} windows {윈도} other {행}} {count, number}개는 예측하지 못했습니다',
  'backend.noAdapter': 'WebGPU가 이 컴퓨터에서 그래픽 어댑터를 찾지 못했습니다. --backend wasm(GPU가 없을 때 가장 빠름)이나 --backend cpu를 쓰세요.',
  'backend.unavailable': '{backend} 백엔드를 여기서 시작할 수 없습니다. {reason}',
  'backend.preflightCpuToo': '{message} CPU 백엔드도 같은 검사에 실패하므로 다른 백엔드로 바꿔도 소용없습니다. 모델이나 데이터에 문제가 있습니다.',
  'backend.preflightTryAnother': '{message} 다른 --backend를 지정해 보세요.',
} as const satisfies Record<keyof typeof en, string>;
