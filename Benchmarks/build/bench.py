#!/usr/bin/env python3
"""Build benchmark: pufa-site vs Hugo vs raw cmark on synthetic corpora.

For each corpus size it lays out three projects from one corpus made by
../shared/bench/make_corpus.py, then runs the three tools in alternation,
RUNS times each, under /usr/bin/time, and prints medians of wall time, CPU
time and peak RSS, the ratios pufa-site/Hugo and pufa-site/cmark, and the
time per report. Exit status 1 when a target is missed (with --check).

Every tool rebuilds into the output of its previous run, as a user's next
build does, and pufa-site keeps the files whose bytes did not change. The row
"pufa first" is pufa-site building into an empty folder each time, with no
spare beside it (both removed
outside the timing), so both cases are on record; the targets are judged on
the rebuild, which is what Hugo does too.

The row "copy output" copies pufa-site's output folder with `cp -r` into an
empty folder (removed outside the timing): the cost of writing those bytes
alone, with no work to make them, which no first build can go below. The
sizes of both outputs are printed beside it.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))


def run_timed(command, before=None):
    """(wall s, cpu s, peak RSS MiB) of one run, via GNU time; `before` runs first, untimed."""
    if before:
        before()
    fmt = "%e %U %S %M"
    result = subprocess.run(["/usr/bin/time", "-f", fmt, "--"] + command,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    wall, user, system, rss_kib = result.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(rss_kib) / 1024


def prepare(size, work, seeds):
    corpus = os.path.join(work, f"corpus-{size}")
    subprocess.run([sys.executable, os.path.join(seeds, "..", "bench", "make_corpus.py"), seeds, corpus, str(size)],
                   check=True, stdout=subprocess.DEVNULL)
    # pufa-site project: the project's templates and catalog, the corpus as reports.
    pufa = os.path.join(work, f"pufa-{size}")
    os.makedirs(os.path.join(pufa, "content"))
    shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(pufa, "Templates"))
    for name in ("site.yml", "indicators.yml", "regions.yml"):
        shutil.copy(os.path.join(REPO, "content", name), os.path.join(pufa, "content", name))
    shutil.copytree(corpus, os.path.join(pufa, "content", "reports"))
    # Hugo project: the minimal layouts kept beside this script.
    hugo = os.path.join(work, f"hugo-{size}")
    shutil.copytree(os.path.join(HERE, "hugo-site"), hugo)
    shutil.copytree(corpus, os.path.join(hugo, "content", "reports"))
    # cmark: every file concatenated into one stream.
    stream = os.path.join(work, f"stream-{size}.md")
    with open(stream, "wb") as out:
        for name in sorted(os.listdir(corpus)):
            with open(os.path.join(corpus, name), "rb") as source:
                out.write(source.read())
    return pufa, hugo, stream


def folder_size(folder):
    """(files, MiB) under `folder`."""
    files, size = 0, 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(root, name))
    return files, size / 2**20


def default_seeds():
    """../shared/seeds beside the checkout (or $PUFA_SHARED/seeds), else /work/shared/seeds."""
    shared = os.environ.get("PUFA_SHARED", os.path.join(REPO, "..", "shared"))
    if not os.path.isfile(os.path.join(shared, "bench", "make_corpus.py")):
        shared = "/work/shared"
    return os.path.join(shared, "seeds")


def runs_text(runs):
    return "1 run" if runs == 1 else f"{runs} runs"


def median_of(samples):
    return tuple(statistics.median(column) for column in zip(*samples))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="runs per tool and size (median)")
    parser.add_argument("--binary", default=os.path.join(REPO, ".build", "release", "pufa-site"))
    parser.add_argument("--seeds", default=default_seeds(), help="the seed reports; make_corpus.py is in ../bench beside them")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    work = tempfile.mkdtemp(prefix="pufa-bench-")
    results, outputs = {}, {}
    try:
        for size in sizes:
            pufa, hugo, stream = prepare(size, work, os.path.abspath(args.seeds))
            first = os.path.join(work, f"pufa-first-out-{size}")
            # A first build has no output and no spare (the output the build before replaced).
            first_spare = os.path.join(work, f".pufa-first-out-{size}.spare")
            copy = os.path.join(work, f"pufa-copy-{size}")
            tools = {
                "pufa-site": ([args.binary, "build", "--source", pufa, "--quiet"], None),
                "pufa first": ([args.binary, "build", "--source", pufa, "--output", first, "--quiet"],
                               lambda: [shutil.rmtree(folder, ignore_errors=True) for folder in (first, first_spare)]),
                "hugo": (["hugo", "--quiet", "--source", hugo, "--destination", os.path.join(work, f"hugo-out-{size}")], None),
                "cmark": (["cmark", "--to", "html", stream], None),
                "copy output": (["cp", "-r", os.path.join(pufa, "public"), copy],
                                lambda: shutil.rmtree(copy, ignore_errors=True)),
            }
            samples = {name: [] for name in tools}
            run_timed(tools["pufa-site"][0])  # warm the page cache once, unmeasured
            for _ in range(args.runs):
                for name, (command, before) in tools.items():
                    samples[name].append(run_timed(command, before=before))
            shutil.rmtree(first, ignore_errors=True)
            shutil.rmtree(copy, ignore_errors=True)
            results[size] = {name: median_of(values) for name, values in samples.items()}
            outputs[size] = (folder_size(os.path.join(pufa, "public")), folder_size(os.path.join(work, f"hugo-out-{size}")))
            print(f"measured {size} reports ({runs_text(args.runs)} each)", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"machine: {os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; medians of {runs_text(args.runs)}")
    print(f"{'reports':>8} {'tool':<11} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'ms/report':>10}")
    for size in sizes:
        for name, (wall, cpu, rss) in results[size].items():
            print(f"{size:>8} {name:<11} {wall:>8.2f} {cpu:>8.2f} {rss:>9.0f} {wall / size * 1000:>10.3f}")
    missed = []
    for size in sizes:
        pufa, first, hugo, cmark = (results[size][name] for name in ("pufa-site", "pufa first", "hugo", "cmark"))
        wall_hugo, rss_hugo, wall_cmark = pufa[0] / hugo[0], pufa[2] / hugo[2], pufa[0] / cmark[0]
        print(f"{size:>8} ratios: wall pufa/hugo {wall_hugo:.2f} (target ≤ 0.5), "
              f"peak pufa/hugo {rss_hugo:.2f} (≤ 0.25), wall pufa/cmark {wall_cmark:.2f} (≤ 3)")
        print(f"{size:>8} first build: wall pufa/hugo {first[0] / hugo[0]:.2f}, "
              f"peak pufa/hugo {first[2] / hugo[2]:.2f}, wall pufa/cmark {first[0] / cmark[0]:.2f}")
        (pufa_files, pufa_mib), (hugo_files, hugo_mib) = outputs[size]
        print(f"{size:>8} output: pufa-site {pufa_files} files, {pufa_mib:.0f} MiB; hugo {hugo_files} files, {hugo_mib:.0f} MiB; "
              f"copying pufa-site's takes {results[size]['copy output'][0] / hugo[0]:.2f}× hugo's wall")
        if size == max(sizes):
            missed += [m for m, bad in (("wall vs hugo", wall_hugo > 0.5), ("memory vs hugo", rss_hugo > 0.25),
                                        ("wall vs cmark", wall_cmark > 3)) if bad]
    if len(sizes) >= 2:
        small, large = min(sizes), max(sizes)
        per_small = results[small]["pufa-site"][0] / small
        per_large = results[large]["pufa-site"][0] / large
        change = per_large / per_small - 1
        print(f"time per report {small} → {large}: {per_small * 1000:.3f} → {per_large * 1000:.3f} ms ({change:+.0%}, target ±20%)")
        if abs(change) > 0.2:
            missed.append("linear scaling")
    if missed:
        print("targets missed: " + ", ".join(missed))
    if args.check and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
