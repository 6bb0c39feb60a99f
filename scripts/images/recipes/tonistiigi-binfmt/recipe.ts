import { dockerfileRecipe } from '../../recipe-builders';

// Debian ships the same static QEMU emulators the official image registers, installable over http.
export default dockerfileRecipe({
  image: 'tonistiigi/binfmt:latest',
  folder: import.meta.dirname,
});
