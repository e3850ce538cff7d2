#!/usr/bin/env bash
# Counts the instructions the restorer spends on a text file, with valgrind's callgrind.
#
#   Scripts/restorer/callgrind.sh FILE [more callgrind options]
#
# Instruction counts stay the same while other jobs load the machine, unlike timings. The
# `vanban` binary itself does not run under valgrind 3.19 (its DWARF 5 debug information
# and its threads), so this builds a small single-threaded harness from the sources of
# DiacriticRestorer and VietnameseText (swiftc -O -wmo, as a release build compiles them)
# that loads Dictionaries/ and restores FILE once. The report gives the instructions of the
# whole run; run it on an empty file to get the model load alone and subtract. With TEXT_ONLY=1
# the harness asks for the restored text alone (`restoredText`, what `vanban restore` does
# without --changes) instead of the text and its changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
file=$(realpath "$1")
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/main.swift" <<SWIFT
import Foundation
@main struct Harness {
  static func main() throws {
    let restorer = try DiacriticRestorer(
      modelDirectory: URL(fileURLWithPath: "$root/Dictionaries"))
    let text = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
    if ProcessInfo.processInfo.environment["TEXT_ONLY"] == "1" {
      print(restorer.restoredText(text).utf8.count, "bytes restored")
    } else {
      let result = restorer.restore(text)
      print(result.text.utf8.count, "bytes restored,", result.changes.count, "changes")
    }
  }
}
SWIFT
(
  cd "$work"
  swiftc -O -wmo -parse-as-library -package-name VanBan -module-name VietnameseText -emit-module -emit-library -static \
    $(find "$root/Sources/VietnameseText" -name '*.swift') -o libVietnameseText.a
  swiftc -O -wmo -parse-as-library -package-name VanBan -module-name Harness -I . -L . -lVietnameseText \
    $(find "$root/Sources/DiacriticRestorer" -name '*.swift') main.swift -o harness
) 2>&1 | grep -v warning || true
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$@" "$work/harness" "$file" \
  2>&1 | grep -E "refs|misses|restored"
