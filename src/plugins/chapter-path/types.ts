/** One chapter as the home and 404 pages list it, from the doc's own metadata. */
export interface Chapter {
  readonly title: string;
  /** The first sentence of the doc's front matter description (what the reader will be able to do), or ''. */
  readonly summary: string;
  readonly permalink: string;
}

/** The tutorial's path (the notes' chapters, up to compose and multi-container), then what lies beyond. */
export type PartId = 'path' | 'beyond';

export interface Part {
  readonly id: PartId;
  readonly chapters: readonly Chapter[];
}

export interface ChapterPathGlobalData {
  readonly parts: readonly Part[];
}

export const PLUGIN_NAME = 'chapter-path';
