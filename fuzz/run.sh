#!/usr/bin/env bash
# Fuzzes one of Tocsin's parsers with AFL++ through SharpFuzz, or replays saved inputs without AFL.
#
#   fuzz/run.sh HARNESS SECONDS        build Release, instrument the Tocsin assemblies, run afl-fuzz for SECONDS
#                                      on fuzz/corpus/HARNESS, print executions, paths, crashes and hangs;
#                                      exit 1 when it found a crash or a hang (saved under the findings folder)
#   fuzz/run.sh HARNESS replay [PATH…] run the corpus and every crash and hang saved by earlier runs (or the
#                                      PATHs given) through the harness, no AFL; exit 1 when one still crashes
#
# HARNESS: stix, pattern, taxii-query, cap, ingest. docs/security.md describes each and records the runs.
# Environment: FUZZ_PREBUILT=DIR uses an existing build output of fuzz/Tocsin.Fuzz instead of building;
# FUZZ_WORK=DIR holds the instrumented copy and the findings (default fuzz/out, ignored by git);
# FUZZ_TIMEOUT_MS is afl-fuzz's limit for one input, above which it is a hang (default 10000, 30000 for ingest,
# whose first input also loads the gazetteers: generous, since the machines that run this are often shared).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
harnesses="stix pattern taxii-query cap ingest"
usage() { echo "usage: fuzz/run.sh {${harnesses// /|}} SECONDS|replay [PATH...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
harness="$1"; mode="$2"; shift 2
[[ " $harnesses " == *" $harness "* ]] || usage
work="${FUZZ_WORK:-$root/fuzz/out}"
corpus="$root/fuzz/corpus/$harness"
mkdir -p "$work"

if [ -n "${FUZZ_PREBUILT:-}" ]; then
    build="$FUZZ_PREBUILT"
else
    dotnet build "$root/fuzz/Tocsin.Fuzz/Tocsin.Fuzz.csproj" -c Release --nologo -v quiet >&2
    build="$root/artifacts/bin/Tocsin.Fuzz/release"
fi
[ -f "$build/Tocsin.Fuzz.dll" ] || { echo "fuzz: no Tocsin.Fuzz.dll in $build" >&2; exit 2; }

if [ "$mode" = replay ]; then
    if [ $# -eq 0 ]; then
        set -- "$corpus"
        for saved in "$work"/findings/"$harness"-*/default/{crashes,hangs}; do
            [ -d "$saved" ] && set -- "$@" "$saved"
        done
    fi
    exec dotnet "$build/Tocsin.Fuzz.dll" "$harness" --replay "$@"
fi
[[ "$mode" =~ ^[0-9]+$ ]] && [ "$mode" -gt 0 ] || usage
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz is missing (apt-get install afl++)" >&2; exit 2; }

# Instrument a copy of the build once per build: sharpfuzz rewrites an assembly in place and refuses one it has
# already instrumented. Only Tocsin's own assemblies are instrumented, so the coverage AFL sees is ours. One copy
# per build, so that a rebuild never replaces the assemblies under a run still going.
stamp="$(cat "$build"/Tocsin.Fuzz.dll "$build"/Tocsin.Core.dll "$build"/Tocsin.Server.dll | sha256sum | cut -c1-64)"
instrumented="$work/bin-${stamp:0:16}"
(
    flock 9
    if [ "$(cat "$instrumented/.stamp" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$instrumented"
        cp -r "$build" "$instrumented"
        (cd "$root" && dotnet tool restore >/dev/null)
        for assembly in Tocsin.Core Tocsin.Server; do
            (cd "$root" && dotnet tool run sharpfuzz "$instrumented/$assembly.dll") >&2
        done
        echo "$stamp" > "$instrumented/.stamp"
    fi
) 9>"$work/.instrument.lock"

mkdir -p "$work/findings"
timeout="${FUZZ_TIMEOUT_MS:-$([ "$harness" = ingest ] && echo 30000 || echo 10000)}"
findings="$work/findings/$harness-$(date -u +%Y%m%dT%H%M%SZ)-$$"
dictionary=()
[ -f "$root/fuzz/dict/$harness.dict" ] && dictionary=(-x "$root/fuzz/dict/$harness.dict")
# The target is `dotnet`, not an AFL-compiled binary (AFL_SKIP_BIN_CHECK); the machine is shared, so no CPU is
# pinned (AFL_NO_AFFINITY) and its frequency governor and core_pattern are left alone.
AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
AFL_NO_UI=1 AFL_QUIET=1 \
    afl-fuzz -i "$corpus" -o "$findings" -t "$timeout" -m none -V "$mode" "${dictionary[@]}" \
        -- dotnet "$instrumented/Tocsin.Fuzz.dll" "$harness" > "$findings.log" 2>&1 || {
    echo "fuzz: afl-fuzz failed; its output:" >&2; tail -40 "$findings.log" >&2; exit 2; }

stats="$findings/default/fuzzer_stats"
stat() { sed -n "s/^$1 *: *//p" "$stats"; }
count() { find "$findings/default/$1" -maxdepth 1 -type f -name 'id:*' 2>/dev/null | wc -l; }
crashes="$(count crashes)"
hangs="$(count hangs)"
echo "harness: $harness seconds: $(stat run_time) executions: $(stat execs_done) paths: $(stat corpus_count) crashes: $crashes hangs: $hangs findings: $findings"
[ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]
