import { useFilledText } from '@site/src/components/ReaderVariableInput/store';
import type { Props } from '@theme/CodeInline';
import CodeInline from '@theme-original/CodeInline';
import type { ReactNode } from 'react';

function FilledCodeInline({ children, ...props }: Props & { children: string }): ReactNode {
  return <CodeInline {...props}>{useFilledText(children)}</CodeInline>;
}

/** Inline code such as `{YOUR-USER-NAME}/docker-101` shows the reader's value too, once they set it. */
export default function CodeInlineWrapper(props: Props): ReactNode {
  return typeof props.children === 'string' ? (
    <FilledCodeInline {...props}>{props.children}</FilledCodeInline>
  ) : (
    <CodeInline {...props} />
  );
}
