#!/usr/bin/env bash
# Publishes the `tocsin` command for servers into one directory:
#   tocsin          the native front door (Native AOT): answers `--version` and `validate` itself, with no
#                   runtime to start, and replaces itself (execv) with tocsin-managed for every other command
#   tocsin-managed  the managed command, self-contained and ReadyToRun, with everything `serve` needs beside it:
#                   the server's static web assets (wwwroot and their manifest) come from the server project's own
#                   publish, which a publish of the command does not carry over
# docs/deployment.md ("Release and offline install") and docs/benchmarks.md ("Start-up of the `tocsin`
# command") say why. Native AOT needs clang and zlib on the build machine and builds for the machine's own
# architecture; build/release.sh runs this script.
#
#   build/publish.sh OUT [RID]    RID defaults to linux-x64
set -euo pipefail

out="${1:?usage: build/publish.sh OUT [RID]}"
rid="${2:-linux-x64}"
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

dotnet publish "$root/src/Tocsin.Cli" -c Release -r "$rid" --self-contained \
  -p:PublishReadyToRun=true -o "$out" -v quiet
mv "$out/tocsin" "$out/tocsin-managed"
dotnet publish "$root/src/Tocsin.Server" -c Release -o "$scratch/server" -v quiet
cp -r "$scratch/server/wwwroot" "$scratch/server/Tocsin.Server.staticwebassets.endpoints.json" "$out/"
dotnet publish "$root/src/Tocsin.Cli.Native" -c Release -r "$rid" -o "$scratch/front-door" -v quiet
cp "$scratch/front-door/tocsin" "$out/tocsin"
