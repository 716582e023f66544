#!/usr/bin/env python3
"""Where a run's wall time goes, stage by stage, from a sampled profile of the native CLI.

usage: perf record -F 4999 -g -o run.data <native CLI> <paths> --format json --fail-on none
       bench/timeline.py run.data [bucket-seconds]

Prints one line per time bucket: the samples in it (at 4999 Hz, 2 cores busy for 10 ms give about 100), the
threads seen, and the stages they were in. A sample's stage is the first of STAGES whose pattern matches a frame
of its stack, so the collector is counted as such wherever it was triggered from. The .dbg file must be where perf
finds it (/usr/lib/debug/.build-id/xx/yyyy.debug) for the names to resolve.
"""
import collections
import re
import subprocess
import sys

STAGES = [
    ("collector", r"SVR::|WKS::"),
    ("start", r"RehydrateData|StartupCodeHelpers"),
    ("rules", r"RunRules"),
    ("image view", r"ImageDockerfile"),
    ("parse", r"DockerfileLoader|SyntaxParser|InstructionParser|StageBuilder|ComposeLoader|NginxLoader|EnvFileLoader"),
    ("read", r"SourceDiscovery__Read|SourceFile__Read|DiskFile"),
    (".editorconfig", r"EditorConfig"),
    ("ports class", r"PortsClass"),
    ("bake files", r"Bake"),
    ("configuration", r"ConfigurationResolver|ConfigFile|NearestFolder|GivenPath|RepositoryRoot"),
    ("discovery", r"SourceDiscovery"),
    ("policy", r"ApplyPolicy"),
    ("output", r"Output|Writer"),
    ("page faults", r"exc_page_fault"),
    ("linter", r"Linter"),
    ("main", r"Main"),
]


def samples(data):
    script = subprocess.run(["perf", "script", "-i", data, "-F", "tid,time,ip,sym"], capture_output=True, text=True)
    if script.returncode != 0:
        sys.exit(f"perf script could not read {data}: {script.stderr.strip()}")
    for block in script.stdout.split("\n\n"):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if not lines:
            continue
        tid, time = lines[0].split()[:2]
        stack = " ".join(lines[1:])
        stage = next((name for name, pattern in STAGES if re.search(pattern, stack)), "other")
        yield float(time.rstrip(":")), tid, stage


def main():
    data = sys.argv[1]
    bucket = float(sys.argv[2]) if len(sys.argv) > 2 else 0.01
    taken = list(samples(data))
    if not taken:
        sys.exit(f"{data} holds no samples: was the run recorded with perf record -g?")
    start = min(time for time, _, _ in taken)
    stages = collections.defaultdict(collections.Counter)
    threads = collections.defaultdict(set)
    for time, tid, stage in taken:
        index = int((time - start) / bucket)
        stages[index][stage] += 1
        threads[index].add(tid)
    for index in sorted(stages):
        top = " ".join(f"{stage}:{count}" for stage, count in stages[index].most_common(4))
        print(f"{index * bucket * 1000:6.0f} ms  samples {sum(stages[index].values()):4d}  threads {len(threads[index])}  {top}")


if __name__ == "__main__":
    main()
