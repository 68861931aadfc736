#!/usr/bin/env bash
# check-dockerfile.sh proves, without a Docker engine, that the Dockerfile
# is sound:
#   1. it passes dockerfilelint (npm);
#   2. its build stage's commands, run exactly as written (the RUN lines
#      are read from the Dockerfile, with /src and /out mapped to a temp
#      dir) on a build context filtered by .dockerignore, produce a static
#      binary (CGO_ENABLED=0);
#   3. that binary, run with the runtime stage's ENV, ENTRYPOINT and CMD
#      (with /corpus and /data mapped to temp dirs holding what the image
#      holds), starts: the configuration the image sets is valid, the
#      baked-in corpus indexes into the data dir, the default command
#      (`serve`) with no DISCORD_TOKEN exits 1 with one line naming
#      DISCORD_TOKEN (a container started without its secret fails fast
#      and says why), and the HEALTHCHECK command exists and reports
#      "couldn't reach" when nothing listens.
# Usage: scripts/check-dockerfile.sh   (from anywhere; needs go, tar, npx or dockerfilelint)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dockerfile=$root/Dockerfile
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

# Joins continuation lines and drops comments, so each instruction is one line.
instructions() {
	awk '/^[[:space:]]*#/ { next }
	     { line = line $0 }
	     /\\$/ { sub(/\\$/, "", line); next }
	     { if (line ~ /[^[:space:]]/) print line; line = "" }' "$dockerfile"
}
# Prints a JSON-array instruction's elements, one per line.
json_args() { sed -E 's/^[A-Z]+[[:space:]]*(CMD[[:space:]]*)?\[//; s/\][[:space:]]*$//' | grep -o '"[^"]*"' | sed 's/^"//; s/"$//'; }

step "1. dockerfilelint"
if command -v dockerfilelint >/dev/null; then
	dockerfilelint "$dockerfile"
else
	npx --yes dockerfilelint@1.8.0 "$dockerfile"
fi

step "2. build stage, run here"
ctx=$tmp/src
out=$tmp/out
mkdir -p "$ctx" "$out"
# The build context as Docker sends it: .dockerignore patterns are
# anchored at the context root, like tar --anchored on ./paths.
excludes=()
while IFS= read -r pat; do
	pat=${pat%%#*}; pat=$(echo "$pat" | xargs)
	[ -n "$pat" ] && excludes+=("--exclude=./${pat#/}")
done < "$root/.dockerignore"
tar -C "$root" --anchored "${excludes[@]}" -cf - . | tar -C "$ctx" -xf -
[ -d "$ctx/corpus" ] || fail "corpus/ is not in the build context (check .dockerignore)"

image=$(instructions | awk '$1 == "FROM" { print $2; exit }')
want=$(echo "$image" | sed -nE 's/^golang:([0-9]+\.[0-9]+).*/\1/p')
have=$(go env GOVERSION | sed -nE 's/^go([0-9]+\.[0-9]+).*/\1/p')
echo "build image $image (Go $want); local Go $have"
[ "$want" = "$have" ] || fail "the Dockerfile builds with Go $want, this machine has Go $have"

stage=0
export_env() { # ENV k=v k2=v2 (values without spaces)
	for kv in $1; do export "${kv?}"; echo "  ENV $kv"; done
}
while IFS= read -r line; do
	instr=${line%% *}; args=${line#* }
	case $instr in
	FROM) stage=$((stage + 1)); [ $stage -eq 1 ] || break ;;
	WORKDIR) ;; # /src is $ctx
	COPY) echo "  COPY $args (the context is already in place)" ;;
	ENV) export_env "$args" ;;
	RUN)
		cmd=${args//\/src/$ctx}
		cmd=${cmd//\/out/$out}
		echo "  RUN $cmd"
		(cd "$ctx" && bash -euo pipefail -c "$cmd") || fail "build command failed: $args"
		;;
	*) fail "the build stage has a $instr instruction this script does not reproduce" ;;
	esac
done < <(instructions)
bin=$out/storybot
[ -x "$bin" ] || fail "the build did not produce $bin"
go version -m "$bin" | grep -q 'CGO_ENABLED=0' || fail "binary not built with CGO_ENABLED=0"
if command -v file >/dev/null; then
	file "$bin" | grep -q 'statically linked' || fail "binary is not statically linked: $(file "$bin")"
fi
echo "built $(du -h "$bin" | cut -f1) static binary"

step "3. runtime stage: the binary starts with the image's arguments"
rt=$tmp/rootfs
mkdir -p "$rt/data"
cp -R "$ctx/corpus" "$rt/corpus"
map() { sed -e "s#/corpus#$rt/corpus#g" -e "s#/data#$rt/data#g" -e "s#/usr/local/bin/storybot#$bin#g"; }
runtime=$(instructions | awk '$1 == "FROM" { n++ } n == 2')
imgenv=()
while IFS= read -r kv; do imgenv+=("$(echo "$kv" | map)"); done < <(echo "$runtime" | awk '$1 == "ENV" { for (i = 2; i <= NF; i++) print $i }')
mapfile -t entry < <(echo "$runtime" | grep '^ENTRYPOINT' | json_args | map)
mapfile -t cmd < <(echo "$runtime" | grep '^CMD' | json_args | map)
mapfile -t health < <(echo "$runtime" | grep '^HEALTHCHECK' | sed 's/^.*CMD/CMD/' | json_args | map)
echo "  env: ${imgenv[*]}"
echo "  default command: ${entry[*]} ${cmd[*]}"
# The container's environment: the image's ENV, no secrets, no host config.
run_image() { env -i HOME="$tmp/home" PATH=/usr/bin:/bin "${imgenv[@]}" "$@"; }

echo "-- config check with the image's environment"
run_image "${entry[@]}" config check >"$tmp/config.out" 2>"$tmp/config.err" ||
	{ cat "$tmp/config.err"; fail "the image's configuration is invalid"; }
grep -q "dir = \"$rt/corpus\"" "$tmp/config.out" || fail "STORYBOT_CORPUS_DIR not in effect"
grep -q 'DISCORD_TOKEN: not set' "$tmp/config.out" || fail "secret status not shown"
cat "$tmp/config.err"

echo "-- the baked-in corpus indexes into the data volume"
run_image "${entry[@]}" index --corpus "$rt/corpus" --data "$rt/data"
[ -s "$rt/data/index.snap" ] || fail "no index snapshot in the data dir"

echo "-- default command without DISCORD_TOKEN"
set +e
timeout 60 env -i HOME="$tmp/home" PATH=/usr/bin:/bin "${imgenv[@]}" "${entry[@]}" "${cmd[@]}" >"$tmp/serve.out" 2>"$tmp/serve.err"
code=$?
set -e
cat "$tmp/serve.err"
[ $code -eq 124 ] && fail "serve did not exit within 60s without a token"
[ $code -eq 1 ] || fail "serve without DISCORD_TOKEN exited $code, want 1"
[ "$(wc -l <"$tmp/serve.err")" -eq 1 ] || fail "want exactly one line on stderr"
grep -q DISCORD_TOKEN "$tmp/serve.err" || fail "the error does not name DISCORD_TOKEN"

echo "-- HEALTHCHECK command with nothing listening"
set +e
run_image "${health[@]}" 2>"$tmp/health.err"
code=$?
set -e
cat "$tmp/health.err"
[ $code -eq 1 ] || fail "health exited $code with nothing listening, want 1"
grep -q "couldn't reach" "$tmp/health.err" || fail "health did not say it couldn't reach the server"

echo "-- default command with a token, against a loopback Discord: HEALTHCHECK passes, SIGTERM exits 0"
go build -o "$tmp/fakediscord" "$root/internal/fakediscord"
token=tok-3c1d8e5a-check-dockerfile # distinctive, so a leak into the log is found
"$tmp/fakediscord" "$token" >"$tmp/fake.out" &
fake=$!
served=
trap 'kill $fake $served 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do [ -s "$tmp/fake.out" ] && break; sleep 0.1; done
read -r api port <"$tmp/fake.out" || fail "the loopback Discord did not start"
live_env=()
for kv in "${imgenv[@]}"; do
	case $kv in STORYBOT_HTTP_ADDR=*) kv="STORYBOT_HTTP_ADDR=127.0.0.1:$port" ;; esac
	live_env+=("$kv")
done
env -i HOME="$tmp/home" PATH=/usr/bin:/bin "${live_env[@]}" DISCORD_TOKEN="$token" STORYBOT_DISCORD_API_URL="$api" \
	"${entry[@]}" "${cmd[@]}" >"$tmp/live.out" 2>"$tmp/live.err" &
served=$!
healthy=
for _ in $(seq 100); do
	if env -i HOME="$tmp/home" PATH=/usr/bin:/bin "${live_env[@]}" "${health[@]}" >"$tmp/health.out" 2>&1; then healthy=1; break; fi
	kill -0 $served 2>/dev/null || break
	sleep 0.3
done
[ -n "$healthy" ] || { cat "$tmp/live.err" "$tmp/health.out"; fail "the HEALTHCHECK never passed while serve ran"; }
kill -TERM $served
set +e
wait $served
code=$?
set -e
[ $code -eq 0 ] || { cat "$tmp/live.err"; fail "serve exited $code after SIGTERM, want 0"; }
grep -q '"msg":"connected to Discord"' "$tmp/live.err" || fail "serve never logged that it connected"
grep -q "$token" "$tmp/live.err" && fail "the log shows the token"
echo "  healthy, then exit 0 on SIGTERM; log: $(wc -l <"$tmp/live.err") JSON lines"

printf '\nOK: Dockerfile lints, builds here, and the binary starts with the image defaults\n'
