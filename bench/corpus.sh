#!/usr/bin/env bash
# Whole-process times of the CLI and its peers on the same files, one process per measurement:
#   1. the whole corpus (every file kind), and its peak memory;
#   2. the corpus's compose files: redfire-lint against dclint;
#   3. the corpus's Dockerfiles: redfire-lint against dockerfilelint;
#   4. one small compose file;
#   5. a generated .NET repository: 5,000 .cs files, a ServiceConfig ports class, a compose file and a Dockerfile.
# The peers are installed from npm into a temporary folder. The machine may be shared: each command runs $runs
# times and the minimum wall time, minimum CPU time (user + sys) and minimum peak RSS are reported.
# Usage: bench/corpus.sh <corpus-dir> [runs=5]
#   REDFIRE_CLI="dotnet path/to/RedFire.Lint.Cli.dll" measures that build instead of building src/Cli (Release).
set -eu

corpus=$(cd "${1:?usage: bench/corpus.sh <corpus-dir> [runs]}" && pwd)
runs=${2:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -z "${REDFIRE_CLI:-}" ]; then
  echo "Building src/Cli (Release)..." >&2
  dotnet build "$repo/src/Cli" -c Release -v:q -nologo >/dev/null
  REDFIRE_CLI="dotnet $repo/src/Cli/bin/Release/net8.0/RedFire.Lint.Cli.dll"
fi
read -r -a redfire <<<"$REDFIRE_CLI"
redfire+=(--format json --fail-on none)

echo "Installing dclint and dockerfilelint from npm..." >&2
npm install --silent --no-audit --no-fund --prefix "$work/peers" dclint dockerfilelint >/dev/null 2>&1
dclint=("$work/peers/node_modules/.bin/dclint")
dockerfilelint=("$work/peers/node_modules/.bin/dockerfilelint")

skip=(\( -name node_modules -o -name .git -o -name bin -o -name obj \) -prune -o)
mapfile -t compose_files < <(cd "$corpus" && find . "${skip[@]}" -type f \
  \( -name 'compose.y*ml' -o -name 'compose.*.y*ml' -o -name 'docker-compose*.y*ml' \) -print | sort)
mapfile -t dockerfiles < <(cd "$corpus" && find . "${skip[@]}" -type f \
  \( -name Dockerfile -o -name 'Dockerfile.*' -o -name '*.Dockerfile' -o -name '*.dockerfile' \) -print | sort)

# A small compose file, the kind a service repository has.
mkdir -p "$work/small"
cat > "$work/small/compose.yaml" <<'YAML'
services:
  api:
    image: ghcr.io/example/api:1.4.2
    ports:
      - "8080:8080"
    environment:
      ConnectionStrings__Db: Host=db;Database=app
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16.4
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "postgres"]
      interval: 10s
YAML

# A .NET repository: 5,000 ordinary classes in 50 projects, the ports class, and the deployment that uses it.
dotnet_repo="$work/dotnet-repo"
for project in $(seq 1 50); do
  dir="$dotnet_repo/src/Project$project"
  mkdir -p "$dir"
  for class in $(seq 1 100); do
    cat > "$dir/Class$class.cs" <<CS
using System;
using System.Collections.Generic;

namespace Company.Project$project;

/// <summary>An ordinary class of an ordinary service.</summary>
public sealed class Class$class
{
    private readonly List<string> _items = new();

    public int Count => _items.Count;

    public void Add(string item)
    {
        if (string.IsNullOrEmpty(item)) throw new ArgumentException("empty", nameof(item));
        _items.Add(item);
    }

    public IEnumerable<string> Matching(string prefix)
    {
        foreach (var item in _items)
            if (item.StartsWith(prefix, StringComparison.Ordinal)) yield return item;
    }
}
CS
  done
done
rm "$dotnet_repo/src/Project1/Class1.cs"
cat > "$dotnet_repo/src/Project1/ServiceConfig.cs" <<'CS'
namespace Company.Project1;

public static class ServiceConfig
{
    public const int ApiPort = 8080;
    public const int MetricsPort = ApiPort + 1;
}
CS
cat > "$dotnet_repo/compose.yaml" <<'YAML'
services:
  api:
    build: .
    ports:
      - "8080:8080"
YAML
cat > "$dotnet_repo/Dockerfile" <<'DOCKERFILE'
FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY out/ .
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Company.Project1.dll"]
DOCKERFILE

# measure <label> <directory> <command...>: the minimum wall time (s), CPU time (s) and peak RSS (MB) of $runs runs.
measure() {
  local label="$1" dir="$2"; shift 2
  local wall=999999 cpu=999999 rss=999999999
  for _ in $(seq "$runs"); do
    (cd "$dir" && /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$@" >/dev/null 2>&1) || true
    read -r e u s m < <(tail -n1 "$work/time")
    wall=$(awk -v a="$wall" -v b="$e" 'BEGIN { print (b < a) ? b : a }')
    cpu=$(awk -v a="$cpu" -v b="$u" -v c="$s" 'BEGIN { print (b + c < a) ? b + c : a }')
    rss=$(( m < rss ? m : rss ))
  done
  printf '| %-44s | %8.2f | %8.2f | %8d |\n' "$label" "$wall" "$cpu" $((rss / 1024))
}

echo
echo "$(nproc) cores, $(date -u +%Y-%m-%d), minimum of $runs runs; corpus: ${#compose_files[@]} compose files, ${#dockerfiles[@]} Dockerfiles"
echo
echo "| Measurement                                  | wall (s) |  CPU (s) | peak MB |"
echo "|----------------------------------------------|---------:|---------:|--------:|"
measure "redfire-lint, whole corpus" "$corpus" "${redfire[@]}" .
measure "redfire-lint, compose files" "$corpus" "${redfire[@]}" "${compose_files[@]}"
measure "dclint, compose files" "$corpus" "${dclint[@]}" "${compose_files[@]}"
measure "redfire-lint, Dockerfiles" "$corpus" "${redfire[@]}" "${dockerfiles[@]}"
measure "dockerfilelint, Dockerfiles" "$corpus" "${dockerfilelint[@]}" "${dockerfiles[@]}"
measure "redfire-lint, one small compose file" "$work/small" "${redfire[@]}" compose.yaml
measure "redfire-lint, .NET repo with 5,000 .cs files" "$dotnet_repo" "${redfire[@]}" .
