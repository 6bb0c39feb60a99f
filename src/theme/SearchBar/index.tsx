import ErrorBoundary from '@docusaurus/ErrorBoundary';
import { translate } from '@docusaurus/Translate';
import type OriginalSearchBar from '@theme-original/SearchBar';
import clsx from 'clsx';
import {
  type ComponentProps,
  type ComponentType,
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import styles from './styles.module.css';

type Bar = ComponentType<ComponentProps<typeof OriginalSearchBar>>;

// The local search bar brings lunr and its Korean and English support (≈ 65 kB of script). Like Docusaurus's
// own Algolia search bar, it is fetched when the reader heads for the box (pointer, focus, the shortcut), not
// with every page; a page opened from a search result (its highlight parameter) fetches it at once.
const loadSearchBar = (): Promise<Bar> => import('@theme-original/SearchBar').then((m) => m.default as Bar);
let loaded: Bar | undefined;
const HIGHLIGHT_PARAM = '_highlight';

const searchLabel = (): string =>
  translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });

/** The plugin's shortcut (its default keymap, mod+k), heard before the plugin is there to hear it. */
const isShortcut = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';

interface StandInProps {
  input?: RefObject<HTMLInputElement | null>;
  /** Called when the reader heads for the box; without it (the bar failed to load) the box is read-only. */
  onWanted?: () => void;
}

/**
 * The box until the plugin's bar is there: Infima's own navbar search input, which has the bar's size, icon and
 * place (the plugin adds 16px before it), so nothing in the navbar moves when the bar takes over.
 */
function SearchBarStandIn({ input, onWanted }: StandInProps): ReactNode {
  const label = searchLabel();
  return (
    <div className={clsx('navbar__search', styles.standIn)} dir="ltr">
      <input
        ref={input}
        placeholder={label}
        aria-label={label}
        className="navbar__search-input"
        data-search-stand-in=""
        readOnly={!onWanted}
        onPointerEnter={onWanted}
        onFocus={onWanted}
        onTouchStart={onWanted}
      />
    </div>
  );
}

interface Handoff {
  focused: boolean;
  text: string;
}

/**
 * Moves what the reader did in the stand-in (focus, typed text) to the plugin's input once it is mounted, and
 * names that input in the page's language: the plugin writes `aria-label="Search"` in every language. React
 * never rewrites a prop that does not change, so setting it once holds.
 */
function TakeOver({ container, handoff }: { container: RefObject<HTMLDivElement | null>; handoff: Handoff }): null {
  const label = searchLabel();
  useEffect(() => {
    const input = container.current?.querySelector('input');
    if (!input) return;
    input.setAttribute('aria-label', label);
    if (handoff.focused) input.focus();
    if (handoff.text) {
      // Through the native setter and an input event, as typing does, so React and the plugin both see it.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, handoff.text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, [container, handoff, label]);
  return null;
}

export default function SearchBarWrapper(props: ComponentProps<typeof OriginalSearchBar>): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const standIn = useRef<HTMLInputElement>(null);
  const [bar, setBar] = useState<Bar | undefined>(() => loaded);
  const [failed, setFailed] = useState(false);
  const [handoff, setHandoff] = useState<Handoff>({ focused: false, text: '' });
  const started = useRef(false);

  const want = useCallback((focus = false) => {
    if (focus) standIn.current?.focus();
    if (started.current) return;
    started.current = true;
    loadSearchBar().then(
      (Loaded) => {
        loaded = Loaded;
        const input = standIn.current;
        setHandoff({ focused: !!input && document.activeElement === input, text: input?.value ?? '' });
        setBar(() => Loaded);
      },
      // A chunk that fails to load (a dropped connection) costs the reader the search box, not the page.
      () => setFailed(true),
    );
  }, []);

  useEffect(() => {
    if (bar) return undefined;
    if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) want();
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      want(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [bar, want]);

  const Loaded = bar;
  return (
    <div ref={container} style={{ display: 'contents' }}>
      <ErrorBoundary fallback={() => <SearchBarStandIn />}>
        {Loaded && !failed ? (
          <>
            <Loaded {...props} />
            <TakeOver container={container} handoff={handoff} />
          </>
        ) : (
          <SearchBarStandIn input={standIn} onWanted={failed ? undefined : () => want()} />
        )}
      </ErrorBoundary>
    </div>
  );
}
