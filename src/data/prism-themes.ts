import { type PrismTheme, themes } from 'prism-react-renderer';

type Rgb = readonly [number, number, number];

// WCAG AA for normal text; code is set at body size.
const MIN_CONTRAST = 4.5;

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

function parse(color: string): Rgb | undefined {
  const c = color.trim();
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((x) => x + x).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const nums = c.match(/[\d.]+/g)?.map(Number);
  if (!nums || nums.length < 3) return undefined;
  if (c.startsWith('rgb')) return [nums[0], nums[1], nums[2]];
  if (c.startsWith('hsl')) return hslToRgb(nums[0], nums[1] / 100, nums[2] / 100);
  return undefined;
}

const luminance = (rgb: Rgb): number => {
  const lin = (channel: number): number => {
    const v = channel / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
};

const contrast = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

const toHex = (rgb: Rgb): string => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** Moves a color toward black (light background) or white (dark one) until it reaches MIN_CONTRAST. */
function readable(color: string, background: Rgb): string {
  const rgb = parse(color);
  if (!rgb || contrast(rgb, background) >= MIN_CONTRAST) return color;
  const target = luminance(background) > 0.5 ? 0 : 255;
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = rgb.map((v) => v + (target - v) * t) as unknown as Rgb;
    if (contrast(mixed, background) >= MIN_CONTRAST) return toHex(mixed);
  }
  return toHex([target, target, target]);
}

/** The same theme with every token color that misses WCAG AA on the theme's background nudged until it passes. */
export function withReadableTokens(theme: PrismTheme): PrismTheme {
  const background = parse(theme.plain.backgroundColor ?? '');
  if (!background) return theme;
  const fix = <T extends { color?: string }>(style: T): T =>
    style.color ? { ...style, color: readable(style.color, background) } : style;
  return { plain: fix(theme.plain), styles: theme.styles.map((s) => ({ ...s, style: fix(s.style) })) };
}

// GitHub's light and Dracula's dark colors, made readable: a few token colors (numbers, flags, comments)
// fell short of 4.5:1 and Lighthouse's accessibility audit flagged them.
export const lightCodeTheme = withReadableTokens(themes.github);
export const darkCodeTheme = withReadableTokens(themes.dracula);
