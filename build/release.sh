#!/usr/bin/env bash
# Builds a release of `tocsin` others can check: the native front door and the self-contained ReadyToRun
# managed command beside it (build/publish.sh), its CycloneDX
# SBOM, SHA256SUMS, and an offline install bundle (a tarball with all of it). docs/deployment.md,
# "Release and offline install", describes the result and how to install it on a closed network.
#
#   build/release.sh [RID]        RID defaults to linux-x64; output in artifacts/release/<version>/
set -euo pipefail

rid="${1:-linux-x64}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

version="$(dotnet msbuild src/Tocsin.Cli -getProperty:Version)"
name="tocsin-${version}-${rid}"
out="artifacts/release/${version}"
stage="${out}/${name}"
rm -rf "$stage" "${out}/${name}.tar.gz"
mkdir -p "$stage"

echo "release: publishing ${name}"
build/publish.sh "${stage}/bin" "$rid"

echo "release: writing the CycloneDX SBOM"
dotnet tool restore >/dev/null
dotnet tool run dotnet-CycloneDX src/Tocsin.Cli/Tocsin.Cli.csproj --exclude-test-projects \
  --exclude-dev --output-format Json -o "$stage" -fn "${name}.cdx.json" \
  -biop "artifacts/obj" >/dev/null

cp LICENSE README.md "$stage/"
cp docs/deployment.md "$stage/DEPLOYMENT.md"

echo "release: checksums"
(cd "$stage" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)

echo "release: offline bundle"
tar -C "$out" -czf "${out}/${name}.tar.gz" "$name"
(cd "$out" && sha256sum "${name}.tar.gz" > "${name}.tar.gz.sha256")

echo "release: ${out}/${name}.tar.gz"
cat "${out}/${name}.tar.gz.sha256"
