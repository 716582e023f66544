#!/usr/bin/env bash
# What the RedFire.Lint package costs a consumer's build, on a copy of a specimen deployment in a two-project
# solution (config/Config.csproj compiles ServiceConfig.cs, api/Api.csproj references it; both reference the package):
#   1. a no-op `dotnet build` of the solution (nothing changed), without the package and with it, interleaved;
#   2. a compose file edited: which projects the compiler runs for again (obj/ assemblies rewritten);
#   3. the RedFireLint task's own time analysing the specimen, cold (first run in a fresh build process) and warm
#      (second run in the same process), as the task logs it;
#   4. the analyzer's time in the compiler (-p:ReportAnalyzer=true) when ServiceConfig.cs changed.
# The machine may be shared: every timing is the minimum of $runs runs.
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

# A repository holding the example, config/Config.csproj (compiles its ServiceConfig.cs) and api/Api.csproj.
make_workspace() {
  local dir="$work/$1" reference="$2"
  mkdir -p "$dir/.git" && echo "ref: refs/heads/main" > "$dir/.git/HEAD"
  cp -r "$repo/examples/$example/." "$dir/"
  cat > "$dir/nuget.config" <<XML
<configuration><packageSources><add key="bench" value="$work/feed" /></packageSources></configuration>
XML
  # The specimen has error findings; FailOn=none lets every build reach the compiler, as a clean project's would.
  echo '<Project><PropertyGroup><RedFireLintFailOn>none</RedFireLintFailOn></PropertyGroup></Project>' > "$dir/Directory.Build.props"
  cat > "$dir/config/Config.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>$reference</ItemGroup>
</Project>
XML
  mkdir -p "$dir/api"
  cat > "$dir/api/Api.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>$reference<ProjectReference Include="../config/Config.csproj" /></ItemGroup>
</Project>
XML
  echo 'namespace Api; public static class Endpoint { public static string Name => nameof(Endpoint); }' > "$dir/api/Endpoint.cs"
  printf '<Solution>\n  <Project Path="api/Api.csproj" />\n  <Project Path="config/Config.csproj" />\n</Solution>\n' > "$dir/Repo.slnx"
  (cd "$dir" && dotnet build Repo.slnx -v:q "${build_flags[@]}" >/dev/null 2>&1 || true)
}

# Wall time in ms of one no-op build.
noop_once() {
  local start end
  start=$(date +%s%N)
  (cd "$1" && dotnet build Repo.slnx --no-restore -v:q "${build_flags[@]}" >/dev/null 2>&1 || true)
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

minimum() { sort -n | head -n1; }

make_workspace without ""
make_workspace with '<PackageReference Include="RedFire.Lint" Version="0.1.0" />'

# Interleaved, so that a change in the machine's load touches both alike; the minimum of each.
without_times=() with_times=()
for _ in $(seq "$runs"); do
  without_times+=("$(noop_once "$work/without")") with_times+=("$(noop_once "$work/with")")
done
without=$(printf '%s\n' "${without_times[@]}" | minimum)
with=$(printf '%s\n' "${with_times[@]}" | minimum)

# A compose edit: which projects' assemblies the compiler writes again.
compose=$(find "$work/with" \( -name 'docker-compose*.yml' -o -name 'compose*.yaml' \) -not -path '*/obj/*' | head -n1)
stamp() { stat -c %Y%N "$work/with/$1/obj/Debug/net10.0/$2.dll" 2>/dev/null || echo missing; }
recompiled=""
api_before=$(stamp api Api) config_before=$(stamp config Config)
echo "# edited" >> "$compose"
(cd "$work/with" && dotnet build Repo.slnx --no-restore -v:q "${build_flags[@]}" >/dev/null 2>&1 || true)
[ "$(stamp api Api)" != "$api_before" ] && recompiled="$recompiled Api"
[ "$(stamp config Config)" != "$config_before" ] && recompiled="$recompiled Config"

# The task alone, twice in one build process (-m:1): the first run loads the engine (cold), the second does not
# (warm); each analyses from an empty obj/ folder of its own, so neither replays.
cat > "$work/with/task-twice.proj" <<'XML'
<Project>
  <Target Name="Build">
    <MSBuild Projects="config/Config.csproj" Targets="RedFireLint" Properties="BuildingProject=true;IntermediateOutputPath=obj/bench-cold/" />
    <MSBuild Projects="config/Config.csproj" Targets="RedFireLint" Properties="BuildingProject=true;IntermediateOutputPath=obj/bench-warm/" />
  </Target>
</Project>
XML
cold_times=() warm_times=()
for _ in $(seq "$runs"); do
  rm -rf "$work/with/config/obj/bench-cold" "$work/with/config/obj/bench-warm"
  log=$( (cd "$work/with" && dotnet msbuild task-twice.proj -m:1 -v:n -nodeReuse:false 2>&1) || true)
  times=($(grep -o 'RedFire.Lint: analysed [0-9]* file(s)[^;]* in [0-9]* ms' <<<"$log" | grep -o 'in [0-9]* ms' | grep -o '[0-9]*'))
  cold_times+=("${times[0]:-}") warm_times+=("${times[1]:-}")
done
task_cold=$(printf '%s\n' "${cold_times[@]}" | minimum)
task_warm=$(printf '%s\n' "${warm_times[@]}" | minimum)

touch "$(find "$work/with" -name 'ServiceConfig.cs' | head -n1)"
analyzer_log=$( (cd "$work/with" && dotnet build config/Config.csproj --no-restore -v:d -p:ReportAnalyzer=true "${build_flags[@]}" 2>&1) || true)
analyzer_line=$(grep -E 'RedFire\.Lint\.Analyzers' <<<"$analyzer_log" | grep -E '^\s*[0-9<]' | head -n1 | sed -E 's/^\s+//' || true)

cat <<REPORT

RedFire.Lint package cost on examples/$example in a two-project solution ($(nproc) cores, minimum of $runs runs)
  no-op build without the package : ${without} ms   (all: ${without_times[*]})
  no-op build with the package    : ${with} ms   (difference $((with - without)) ms; all: ${with_times[*]})
  compose edited, recompiled      :${recompiled:- none}
  task analysing, cold / warm     : ${task_cold:-?} ms / ${task_warm:-?} ms
  analyzer, ServiceConfig changed : ${analyzer_line:-not found}
REPORT
