#!/usr/bin/env bash
# Fuzzes the text modules with libFuzzer for a bounded time (issue 16): input reading and the
# tokenizer, the diacritic restorer, the dispatch parser (see Scripts/fuzz/FuzzTarget.swift for
# what each checks). Prints, per target, the inputs run, the crashes found (also timeouts over
# 10 s and runs over 2 GB) and the corpus kept.
#
#   Scripts/benchmark/fuzz.sh [SECONDS] [TARGET...]   (default: 60 s each; text restorer parser)
#
# The targets are built from the sources with `swiftc -sanitize=fuzzer,address` into
# .build-fuzz/ (rebuilt when a source changes). Each run starts from the committed seeds in
# Scripts/fuzz/seeds (fixture passages: legacy bytes and mis-reads, OCR output, NFD, a BOM, a
# long line) and the corpus earlier runs kept in .build-fuzz/corpus/TARGET; what it finds is
# merged into that corpus with libFuzzer's -merge=1, which keeps only inputs that add
# coverage, at most 2048 bytes each (1024 for the parser, 512 for the restorer), so it stays
# small. Crashing inputs are copied to
# .build-fuzz/crashes/ (replay one: .build-fuzz/fuzz-TARGET FILE).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text restorer parser)
build="$root/.build-fuzz"
mkdir -p "$build/crashes"
export VANBAN_DICTIONARIES="$root/Dictionaries"

sources() {
  find "$root/Sources/VietnameseText" "$root/Sources/DiacriticRestorer" \
    "$root/Sources/DispatchParser" "$root/Sources/VanBan/TextInput" -name '*.swift' | sort
  echo "$root/Scripts/fuzz/FuzzTarget.swift"
}
stamp=$(sources | xargs cat | sha256sum | cut -c1-16)
if [ "$(cat "$build/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "building the fuzz targets (a few minutes)" >&2
  flags=(-O -g -sanitize=fuzzer,address -parse-as-library -package-name VanBan -I "$build" -L "$build")
  module() { # module NAME LIBS...: a static library and its module from Sources/NAME
    local name=$1; shift
    swiftc "${flags[@]}" -wmo -module-name "$name" -emit-module -emit-module-path "$build/$name.swiftmodule" \
      -emit-library -static "$@" $(find "$root/Sources/$name" -name '*.swift') -o "$build/lib$name.a"
  }
  (
    cd "$build"
    module VietnameseText
    module DiacriticRestorer -lVietnameseText
    module DispatchParser -lVietnameseText
    for target in text restorer parser; do
      define=$(echo "FUZZ_$target" | tr a-z A-Z)
      swiftc "${flags[@]}" -D "$define" -module-name FuzzTarget -lDispatchParser -lDiacriticRestorer \
        -lVietnameseText $(find "$root/Sources/VanBan/TextInput" -name '*.swift') \
        "$root/Scripts/fuzz/FuzzTarget.swift" -o "fuzz-$target"
    done
  ) 2>&1 | grep -v -E "warning|^ *[0-9]* *\||^ *\||^$" >&2 || true
  echo "$stamp" > "$build/stamp"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-9s %12s %9s %8s %8s\n' target executions exec/s crashes corpus
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  # The restorer and the parser take milliseconds per kilobyte under the address sanitizer.
  case $target in text) max_len=2048 ;; parser) max_len=1024 ;; *) max_len=512 ;; esac
  mkdir -p "$corpus" "$work/$target-found" "$work/$target-merged"
  "$build/fuzz-$target" -max_total_time="$seconds" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/$target-" "$work/$target-found" "$corpus" \
    "$root/Scripts/fuzz/seeds" >"$work/$target.log" 2>&1 || true
  executions=$(awk '/stat::number_of_executed_units/ {print $2}' "$work/$target.log")
  rate=$(awk '/stat::average_exec_per_sec/ {print $2}' "$work/$target.log")
  crashes=0
  for artifact in "$work/$target-"crash-* "$work/$target-"timeout-* "$work/$target-"oom-* \
    "$work/$target-"leak-*; do
    [ -e "$artifact" ] || continue
    crashes=$((crashes + 1))
    cp "$artifact" "$build/crashes/"
    status=1
  done
  if [ "$crashes" -gt 0 ]; then
    grep -E "ERROR|Fatal error|Precondition|SUMMARY" "$work/$target.log" | head -5 >&2
  fi
  "$build/fuzz-$target" -merge=1 -max_len=$max_len "$work/$target-merged" "$corpus" \
    "$root/Scripts/fuzz/seeds" "$work/$target-found" >"$work/$target-merge.log" 2>&1 || true
  if [ -n "$(ls -A "$work/$target-merged")" ]; then
    rm -rf "$corpus"
    mkdir -p "$corpus"
    cp "$work/$target-merged"/* "$corpus/"
  fi
  printf '%-9s %12s %9s %8s %8s\n' "$target" "${executions:-0}" "${rate:-0}" "$crashes" \
    "$(ls "$corpus" | wc -l)"
done
exit $status
