FROM debian:trixie-slim
# The token is mounted at /run/secrets/api_token for this one RUN only; the image keeps what the step wrote.
RUN --mount=type=secret,id=api_token,required=true \
    token="$(cat /run/secrets/api_token)" && echo "token length: ${#token}" > /build-info.txt
USER nobody
CMD ["cat", "/build-info.txt"]
