import MDXComponents from '@theme-original/MDXComponents';
import ReaderVariableInput from '@site/src/components/ReaderVariableInput';
import ShellTabs, { ShellTab } from '@site/src/components/ShellTabs';

/** Components the site's remark plugins put into pages (src/remark/shell-tabs.ts, reader-variable-inputs.ts). */
export default {
  ...MDXComponents,
  ShellTabs,
  ShellTab,
  ReaderVariableInput,
};
