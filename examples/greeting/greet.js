// Says which version of the image is running. Both values are fixed when the image is built (see the Dockerfiles).
const { GREETING_VERSION, BASE_RELEASE } = process.env;
console.log(`Hello from greeting ${GREETING_VERSION}${BASE_RELEASE ? ` on base ${BASE_RELEASE}` : ''}`);
