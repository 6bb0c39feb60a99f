# The base image
FROM debian:trixie-slim

# What the container prints
CMD ["echo", "Comments go on a line of their own."]
