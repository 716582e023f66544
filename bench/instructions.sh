#!/usr/bin/env bash
# Instructions the CLI executes on the corpus, counted by valgrind's callgrind: unlike seconds, the count hardly moves
# with what else the machine is doing (within 1% run to run: the collector's timing varies), so a change of a few
# percent shows. Three runs: the corpus's Dockerfiles, its compose files, the whole corpus.
# Usage: bench/instructions.sh <corpus-dir> <native CLI>   (dotnet publish src/Cli -c Release -f net10.0 -r linux-x64)
# The native build's debug symbols sit in a .dbg file that valgrind cannot read: a copy without them is profiled, and
# callgrind's output (callgrind_annotate; resolve addresses with nm of the .dbg) is left in the temporary folder.
set -eu

corpus=$(cd "${1:?usage: bench/instructions.sh <corpus-dir> <native CLI>}" && pwd)
cli=${2:?usage: bench/instructions.sh <corpus-dir> <native CLI>}
work=$(mktemp -d)
strip -g "$cli" -o "$work/cli"

skip=(\( -name node_modules -o -name .git -o -name bin -o -name obj \) -prune -o)
mapfile -t compose_files < <(cd "$corpus" && find . "${skip[@]}" -type f \
  \( -name 'compose.y*ml' -o -name 'compose.*.y*ml' -o -name 'docker-compose*.y*ml' \) -print | sort)
mapfile -t dockerfiles < <(cd "$corpus" && find . "${skip[@]}" -type f \
  \( -name Dockerfile -o -name 'Dockerfile.*' -o -name '*.Dockerfile' -o -name '*.dockerfile' \) -print | sort)

count() {
  local name=$1; shift
  # The build's server collector exits during start-up under valgrind: the workstation one counts the same code.
  (cd "$corpus" && DOTNET_gcServer=0 valgrind --tool=callgrind --callgrind-out-file="$work/$name.callgrind" "$work/cli" "$@" \
    --format json --fail-on none >/dev/null 2>"$work/$name.log")
  grep -o 'Collected : [0-9]*' "$work/$name.log" | awk -v n="$name" '{printf "| %-12s | %8.3f |\n", n, $3 / 1e9}'
}

echo "| run          | G instr. |"
echo "|--------------|---------:|"
count dockerfiles "${dockerfiles[@]}"
count compose "${compose_files[@]}"
count corpus .
echo "callgrind output: $work" >&2
