import path from 'node:path';
import { scriptRecipe } from '../../recipe-builders';

// Debian's mirror is reachable over http, so the base image is bootstrapped from it (Debian hosts, root).
export default scriptRecipe({
  image: 'debian:trixie-slim',
  script: path.join(import.meta.dirname, 'build.sh'),
});
