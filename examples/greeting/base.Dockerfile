# A base image a team publishes for its apps: Node.js plus the release number of this base.
FROM node:24-trixie-slim
LABEL org.opencontainers.image.title=greeting-base

ARG BASE_RELEASE=dev
ENV BASE_RELEASE=${BASE_RELEASE}
