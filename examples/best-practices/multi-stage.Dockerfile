# Stage 1: install the dependencies with npm, which the final image does not need.
FROM node:24-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src ./src
# Gather what running the app needs: the node binary, the system libraries it links to
# (ldd lists them, for whatever CPU this builds on) and the database folder, owned by node.
RUN mkdir -p /runtime/etc/todos \
 && cp --parents /usr/local/bin/node $(ldd /usr/local/bin/node | grep -o '/[^ ]*') /runtime/ \
 && chown node:node /runtime/etc/todos

# Stage 2: start from an empty image and copy in only those files: no shell, no npm, no package manager.
FROM scratch
COPY --from=build /runtime /
# The user and group lists, so USER node works as in the build stage.
COPY --from=build /etc/passwd /etc/group /etc/
COPY --from=build /app /app
WORKDIR /app
USER node
EXPOSE 3000
# Docker runs this inside the container to tell healthy from unhealthy; Node.js is the only tool here.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/items').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node itself is PID 1 and receives SIGTERM from docker stop.
CMD ["node", "src/index.js"]
