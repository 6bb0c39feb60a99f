/**
 * The id of an empty element right after the navbar (src/theme/Navbar). The site asks the browser not to paint
 * before that element is parsed, so a page never shows a half-built navbar. Kept free of imports for the site config.
 */
export const NAVBAR_END_ID = 'navbar-end';
