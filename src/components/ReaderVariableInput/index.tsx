import Translate, { translate } from '@docusaurus/Translate';
import type { ReaderVariable } from '@site/src/data/reader-variables';
import { type ReactNode, useId, useState } from 'react';
import { isValidValue, useReaderVariable, writeReaderVariable } from './store';
import styles from './styles.module.css';

export interface Props {
  /** The placeholder without braces, e.g. `YOUR-USER-NAME`. */
  name: ReaderVariable;
}

interface Texts {
  label: string;
  invalid: string;
}

const TEXTS: Record<ReaderVariable, () => Texts> = {
  'YOUR-USER-NAME': () => ({
    label: translate({ id: 'readerVariable.userName.label', message: 'Docker Hub 사용자 이름' }),
    invalid: translate({
      id: 'readerVariable.userName.invalid',
      message:
        'Docker Hub 사용자 이름은 영어 소문자와 숫자로 된 4~30자입니다. 올바른 이름을 입력하면 명령어에 넣습니다.',
    }),
  }),
};

/** Asks once for a value the commands need; code blocks on every page then show and copy it filled in. */
export default function ReaderVariableInput({ name }: Props): ReactNode {
  const id = useId();
  const stored = useReaderVariable(name);
  // What the reader is typing; it reaches the commands (and storage) only while it is valid.
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? stored;
  const invalid = value.trim() !== '' && !isValidValue(name, value.trim());
  const texts = TEXTS[name]();

  const onChange = (next: string): void => {
    const trimmed = next.trim();
    setDraft(next);
    // An invalid value is not kept: the commands go back to the placeholder rather than show a stale name.
    writeReaderVariable(name, isValidValue(name, trimmed) ? trimmed : '');
  };

  return (
    <div className={styles.box}>
      <label className={styles.label} htmlFor={id}>
        {texts.label}
      </label>
      <input
        id={id}
        className={styles.input}
        type="text"
        value={value}
        placeholder={name}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        <Translate id="readerVariable.hint" values={{ placeholder: <code>{`{${name}}`}</code> }}>
          {
            '입력하면 명령어의 {placeholder} 자리에 이 값이 들어가고, 복사할 때도 그대로 복사됩니다. 값은 이 브라우저에만 저장됩니다.'
          }
        </Translate>
      </p>
      {invalid && (
        <p className={styles.invalid} role="alert">
          {texts.invalid}
        </p>
      )}
    </div>
  );
}
