// Longest accepted item name, counted in Unicode code points (an emoji counts as one).
export const MAX_NAME_LENGTH = 255;

// Largest accepted request body; bigger ones get 413.
export const BODY_LIMIT = '1mb';
