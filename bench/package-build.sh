#!/usr/bin/env bash
# What the RedFire.Lint package costs a consumer's build, on a copy of a specimen deployment:
#   1. a no-op `dotnet build` (nothing changed) without the package and with it;
#   2. the MSBuild task's own time when a deployment file changed (the task logs it; MSBuild's task summary too);
#   3. the analyzer's time in the compiler (-p:ReportAnalyzer=true) when ServiceConfig.cs changed.
# Usage: bench/package-build.sh [example=redfire-seed] [runs=5]
# No pipefail: `find | head` and greps that match nothing are expected here.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
example=${1:-redfire-seed}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
build_flags=(-nodeReuse:false -p:UseSharedCompilation=false)

echo "Packing RedFire.Lint (Release)..."
dotnet build "$repo/src/Package/RedFire.Lint.Package.csproj" -c Release -v:q "${build_flags[@]}" >/dev/null
dotnet pack "$repo/src/Package/RedFire.Lint.Package.csproj" --no-build -c Release -o "$work/feed" -v:q >/dev/null

# A repository holding the example and, at its root, a class library compiling its ServiceConfig.cs.
make_workspace() {
  local dir="$work/$1" reference="$2" properties="${3:-}"
  mkdir -p "$dir/.git" && echo "ref: refs/heads/main" > "$dir/.git/HEAD"
  cp -r "$repo/examples/$example/." "$dir/"
  cat > "$dir/nuget.config" <<XML
<configuration><packageSources><add key="bench" value="$work/feed" /></packageSources></configuration>
XML
  cat > "$dir/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>$properties</PropertyGroup>
  <ItemGroup>$reference</ItemGroup>
</Project>
XML
  (cd "$dir" && dotnet build App.csproj -v:q "${build_flags[@]}" >/dev/null 2>&1 || true)
}

# Median wall time in ms of $runs no-op builds.
noop_ms() {
  local dir="$1" times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    (cd "$dir" && dotnet build App.csproj --no-restore -v:q "${build_flags[@]}" >/dev/null 2>&1 || true)
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

make_workspace without ""
# The specimen has error findings; FailOn=none lets every build reach the compiler, as a clean project's would.
make_workspace with '<PackageReference Include="RedFire.Lint" Version="0.1.0" />' '<RedFireLintFailOn>none</RedFireLintFailOn>'

without=$(noop_ms "$work/without")
with=$(noop_ms "$work/with")

compose=$(find "$work/with" \( -name 'docker-compose*.yml' -o -name 'compose*.yaml' \) -not -path '*/obj/*' | head -n1)
touch "$compose"
task_log=$( (cd "$work/with" && dotnet build App.csproj --no-restore -v:n -clp:PerformanceSummary "${build_flags[@]}" 2>&1) || true)
task_self=$(grep -o 'RedFire.Lint: analysed [0-9]* file(s) in [0-9]* ms' <<<"$task_log" | head -n1 || true)
task_msbuild=$(sed -n '/Task Performance Summary/,$p' <<<"$task_log" | grep -E '^\s+[0-9]+ ms\s+RedFireLint\s' | head -n1 | awk '{print $1}' || true)

touch "$(find "$work/with" -name 'ServiceConfig.cs' | head -n1)"
analyzer_log=$( (cd "$work/with" && dotnet build App.csproj --no-restore -v:d -p:ReportAnalyzer=true "${build_flags[@]}" 2>&1) || true)
analyzer_line=$(grep -E 'RedFire\.Lint\.Analyzers' <<<"$analyzer_log" | grep -E '^\s*[0-9<]' | head -n1 | sed -E 's/^\s+//' || true)
analyzers_total=$(grep -E 'Total analyzer execution time' <<<"$analyzer_log" | head -n1 | sed -E 's/^\s+//' || true)

cat <<REPORT

RedFire.Lint package cost on examples/$example ($(nproc) cores, median of $runs no-op builds)
  no-op build without the package : ${without} ms
  no-op build with the package    : ${with} ms   (difference $((with - without)) ms)
  task, deployment file changed   : ${task_self:-not found} (MSBuild task summary: ${task_msbuild:-?} ms)
  analyzer, ServiceConfig changed : ${analyzer_line:-not found}
  all analyzers of that compile   : ${analyzers_total:-not found}
REPORT
