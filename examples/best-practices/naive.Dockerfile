# The way many first Dockerfiles look. It works, but see the best-practices chapter for what it costs.
FROM node:24-trixie-slim
WORKDIR /app

# Everything in the folder, in one step: any edit invalidates the install below.
COPY . .
RUN npm install

# Shell form: /bin/sh becomes PID 1 and node only its child.
CMD node src/index.js
