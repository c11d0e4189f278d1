#!/usr/bin/env python3
"""Rebuild latency of `pufa-site serve`: from saving one report to the reload event.

    Benchmarks/serve/rebuild-latency.py --project DIR [--binary PATH] [--runs 10]

Starts the server on a free loopback port, listens on /__pufa/events like a
browser tab, then appends a sentence to one report per run and times the save
until the next `build` event. After each event it fetches the report's page
and checks the sentence is there, so a fast but wrong rebuild cannot pass.
The server's own "rebuilt in" lines (debounce + generation + swap) are shown
beside the end-to-end figures. Target: <= 100 ms per edit at 10,000 reports.
"""
import argparse, os, queue, re, signal, socket, statistics, subprocess, sys, threading, time, urllib.request

def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

def read_server_output(process, lines):
    for raw in process.stdout:
        line = raw.decode("utf-8", "replace").rstrip("\n")
        lines.put((time.monotonic(), line))

def listen_for_builds(port, builds):
    """Puts (arrival time, build ID) for every `build` event, as a browser tab would see it."""
    connection = socket.create_connection(("127.0.0.1", port))
    connection.sendall(f"GET /__pufa/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
    pending = b""
    while True:
        chunk = connection.recv(65536)
        if not chunk:
            return
        now = time.monotonic()
        pending += chunk
        for match in re.finditer(rb"event: build\ndata: ([^\n]+)\n", pending):
            builds.put((now, match.group(1).decode()))
        pending = pending[pending.rfind(b"\n") + 1:] if b"event: build" in pending else pending[-64:]

def wait_for_line(lines, pattern, timeout, echo):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            _, line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        if echo:
            print(f"  server: {line}")
        if re.search(pattern, line):
            return line
    sys.exit(f"no line matching {pattern!r} within {timeout} s")

def main():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", required=True)
    parser.add_argument("--binary", default=os.environ.get("PUFA_SITE", os.path.join(repo, ".build/release/pufa-site")))
    parser.add_argument("--report", default="content/reports/report-00042.md")
    parser.add_argument("--page", default="/regions/ceshi00042/", help="the page showing --report")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--startup-timeout", type=float, default=900)
    parser.add_argument("--event-timeout", type=float, default=300)
    args = parser.parse_args()

    port = free_port()
    started = time.monotonic()
    server = subprocess.Popen([args.binary, "serve", "--source", args.project, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    lines = queue.Queue()
    threading.Thread(target=read_server_output, args=(server, lines), daemon=True).start()
    try:
        wait_for_line(lines, r"serving the preview at", args.startup_timeout, echo=True)
        print(f"first build and start: {time.monotonic() - started:.2f} s")
        builds = queue.Queue()
        threading.Thread(target=listen_for_builds, args=(port, builds), daemon=True).start()
        builds.get(timeout=30)  # the build the tab connected to

        report = os.path.join(args.project, args.report)
        latencies, server_lines = [], []
        for run in range(1, args.runs + 1):
            marker = f"基准测试第{run}次修改{int(time.time() * 1000)}。"
            saved = time.monotonic()
            with open(report, "a", encoding="utf-8") as file:
                file.write(f"\n{marker}\n")
            arrived, build = builds.get(timeout=args.event_timeout)
            latency = (arrived - saved) * 1000
            page = urllib.request.urlopen(f"http://127.0.0.1:{port}{args.page}").read().decode()
            if marker not in page:
                sys.exit(f"run {run}: build {build} announced, but {args.page} does not show the edit")
            rebuilt = wait_for_line(lines, r"rebuilt in|build failed", 30, echo=False)
            latencies.append(latency)
            server_lines.append(rebuilt)
            print(f"run {run:2d}: save → reload event {latency:8.1f} ms   (server: {rebuilt})")
            time.sleep(1)  # Let the machine settle so runs do not queue behind each other.

        print(f"\nsave → reload event over {len(latencies)} runs: median {statistics.median(latencies):.1f} ms, "
              f"min {min(latencies):.1f} ms, max {max(latencies):.1f} ms (target <= 100 ms)")
    finally:
        stopping = time.monotonic()
        server.send_signal(signal.SIGINT)
        try:
            code = server.wait(timeout=60)
            print(f"Ctrl-C → exit {code} in {time.monotonic() - stopping:.2f} s")
        except subprocess.TimeoutExpired:
            server.kill()
            print("the server did not stop within 60 s of SIGINT")

if __name__ == "__main__":
    main()
