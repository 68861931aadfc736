# storybot: a static binary on a distroless, non-root base.
#
#   docker build -t storybot .
#   docker run -e DISCORD_TOKEN -v storybot-data:/data storybot
#
# Paths in the image:
#   /usr/local/bin/storybot  the binary
#   /corpus                  the stories baked in at build time; mount a
#                            directory over it to serve your own (read-only
#                            is fine; changes are picked up live)
#   /data                    the index snapshot (a volume; several shards
#                            may share one, read-only, see docs/compose.yaml)
# Health and metrics listen on :9090 (/healthz, /metrics).
# scripts/check-dockerfile.sh runs this file's build commands without Docker.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# CGO_ENABLED=0: a static binary that needs no libc in the runtime image.
ENV CGO_ENABLED=0
RUN go build -trimpath -ldflags="-s -w" -o /out/storybot ./cmd/storybot
# An empty /data owned by the runtime user, so a new named volume is writable.
RUN mkdir -p /out/data

# distroless/static: CA certificates, tzdata, /etc/passwd with "nonroot"
# (65532), and nothing else: no shell, no package manager.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/storybot /usr/local/bin/storybot
COPY --chown=65532:65532 corpus /corpus
COPY --from=build --chown=65532:65532 /out/data /data
ENV STORYBOT_CORPUS_DIR=/corpus \
    STORYBOT_CORPUS_DATA_DIR=/data \
    STORYBOT_HTTP_ADDR=:9090 \
    STORYBOT_LOG_FORMAT=json
VOLUME ["/data"]
EXPOSE 9090
USER nonroot:nonroot
# Unhealthy after three failed probes 30s apart: 90s covers the first
# start's index build. (No --start-period: dockerfilelint 1.8 misreads the
# hyphenated flag as invalid.)
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD ["/usr/local/bin/storybot", "health"]
ENTRYPOINT ["/usr/local/bin/storybot"]
CMD ["serve", "--corpus", "/corpus", "--data", "/data"]
