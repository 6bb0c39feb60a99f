FROM debian:trixie-slim
COPY show-args.sh /usr/local/bin/show-args
USER nobody
CMD ["show-args", "hello", "from", "CMD"]
