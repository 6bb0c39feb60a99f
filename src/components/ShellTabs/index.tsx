import { translate } from '@docusaurus/Translate';
import type { ShellTab as ShellTabKey } from '@site/src/data/shell-tabs';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

export interface ShellTabProps {
  /** A key of src/data/shell-tabs.ts; the fence's `tab=` value. */
  value: ShellTabKey;
  children: ReactNode;
}

export interface Props {
  /** `<ShellTab>` elements, one per fence, as src/remark/shell-tabs.ts writes them. */
  children: ReactNode;
}

const LABELS: Record<ShellTabKey, () => string> = {
  'linux-macos': () => translate({ id: 'shellTabs.linux-macos', message: 'Linux · macOS' }),
  powershell: () => translate({ id: 'shellTabs.powershell', message: 'Windows PowerShell' }),
  cmd: () => translate({ id: 'shellTabs.cmd', message: 'Windows 명령 프롬프트(cmd)' }),
};

/** One command in one shell; only meaningful inside `<ShellTabs>`. */
export function ShellTab({ children }: ShellTabProps): ReactNode {
  return children;
}

/**
 * The same step for each shell. The choice is shared by every tab group on the site (`groupId`), kept in
 * the browser, and can be linked with `?shell=powershell`.
 */
export default function ShellTabs({ children }: Props): ReactNode {
  const tabs = Children.toArray(children).filter(
    (child): child is ReactElement<ShellTabProps> => isValidElement<ShellTabProps>(child) && 'value' in child.props,
  );
  return (
    <Tabs groupId="shell" queryString>
      {tabs.map((tab) => (
        <TabItem key={tab.props.value} value={tab.props.value} label={LABELS[tab.props.value]()}>
          {tab.props.children}
        </TabItem>
      ))}
    </Tabs>
  );
}
