#!/usr/bin/env bash
# Install the pinned Weaviate server (built from the Go module proxy) for storybot's
# Weaviate backend tests and local runs.
#
#   bash scripts/install-weaviate.sh            # build if missing, print the binary's path
#
# Environment:
#   WEAVIATE_VERSION   pinned version (default v1.35.2; the tests expect this one)
#   WEAVIATE_HOME      install root (default $HOME/.local/weaviate-$WEAVIATE_VERSION); the binary
#                      goes to $WEAVIATE_HOME/bin/weaviate-server
#
# The build is skipped when that version's binary is already there. A cold build takes
# 6 to 9 minutes on 2 cores (348 s measured) and a few GB of module and build cache.
# The last line printed on standard output is the binary's absolute path.
set -euo pipefail

version="${WEAVIATE_VERSION:-v1.35.2}"
home="${WEAVIATE_HOME:-${HOME}/.local/weaviate-${version}}"
bin="${home}/bin"
exe="${bin}/weaviate-server"
stamp="${bin}/.version"

if [[ -x "${exe}" && -f "${stamp}" && "$(cat "${stamp}")" == "${version}" ]]; then
  echo "weaviate-server ${version} already installed" >&2
  echo "${exe}"
  exit 0
fi

command -v go >/dev/null || { echo "install-weaviate: go is not on PATH" >&2; exit 1; }

mkdir -p "${bin}"
echo "install-weaviate: building github.com/weaviate/weaviate/cmd/weaviate-server@${version} into ${bin} (several minutes)" >&2
start=$(date +%s)
# Build into a temp dir first so a killed build never leaves a half-written binary
# that a later run would take as installed.
tmp="$(mktemp -d "${home}/.build.XXXXXX")"
trap 'rm -rf "${tmp}"' EXIT
# GOFLAGS from the caller (e.g. -race for the tests) must not leak into this build;
# -buildvcs is meaningless for a module-mode install. CGO is not needed.
GOFLAGS=-mod=mod CGO_ENABLED=0 GOBIN="${tmp}" \
  go install "github.com/weaviate/weaviate/cmd/weaviate-server@${version}"
mv -f "${tmp}/weaviate-server" "${exe}"
echo "${version}" > "${stamp}"
echo "install-weaviate: built in $(( $(date +%s) - start ))s" >&2
echo "${exe}"
