import { dockerfileRecipe } from '../../recipe-builders';

// Debian packages the registry the official image ships (distribution 2.8), installable over http.
export default dockerfileRecipe({
  image: 'registry:2',
  folder: import.meta.dirname,
});
