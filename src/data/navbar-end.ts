/**
 * The id of the navbar's last element (the search bar's wrapper). The site asks the browser not to paint before
 * that element is parsed, so a page never shows a half-built navbar. Kept free of imports for the site config.
 */
export const NAVBAR_END_ID = 'navbar-search';
