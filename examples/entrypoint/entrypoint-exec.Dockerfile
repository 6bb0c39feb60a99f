FROM debian:trixie-slim
COPY show-args.sh /usr/local/bin/show-args
USER nobody
ENTRYPOINT ["show-args"]
CMD ["hello", "from", "CMD"]
