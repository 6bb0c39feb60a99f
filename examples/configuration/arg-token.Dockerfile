# The usual mistake: the token arrives as a build argument and is kept in an environment variable.
FROM debian:trixie-slim
ARG API_TOKEN
ENV API_TOKEN=${API_TOKEN}
RUN echo "token length: ${#API_TOKEN}" > /build-info.txt
USER nobody
CMD ["cat", "/build-info.txt"]
