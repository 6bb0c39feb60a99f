import { dockerfileRecipe } from '../../recipe-builders';

// Debian trixie packages MariaDB 11.8, the series the official mariadb:11.8 image ships, installable over http.
export default dockerfileRecipe({
  image: 'mariadb:11.8',
  folder: import.meta.dirname,
});
