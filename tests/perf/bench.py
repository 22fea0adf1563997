"""The benchmark suite at ten-year scale: each figure against its target (``make bench``).

    python -m tests.perf.bench [--runs N] [--only NAME ...] [--list]

Every benchmark works on a copy of the ten-year vault (``tests/perf/big_vault.py``, made once
per generator version and cached). Times are medians of several runs. The machine is described
first, because the figures only mean something next to it. The run exits with 1 if any target
is missed. Settings and keychain are private to the run: nothing of yours is read or changed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PRIVATE = Path(tempfile.mkdtemp(prefix="dpkeeper-bench-run-"))
for name, value in {
    "QT_QPA_PLATFORM": "offscreen",
    "DPKEEPER_CONFIG_DIR": str(PRIVATE / "config"),
    "DPKEEPER_DATA_DIR": str(PRIVATE / "vaults"),
    "XDG_CONFIG_HOME": str(PRIVATE / "xdg-config"),
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no keychain: always ask
}.items():
    os.environ[name] = value

from tests.perf import bench_cases  # noqa: E402
from tests.perf.big_vault import cached_vault  # noqa: E402


@dataclass(frozen=True, slots=True)
class Result:
    name: str
    figure: float
    target: float
    unit: str
    detail: str = ""

    @property
    def met(self) -> bool:
        return self.figure <= self.target


def machine() -> str:
    """CPU, cores, memory and the versions that matter, for the top of the report."""
    import PySide6
    import sqlcipher3
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        memory = "unknown"
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return "\n".join(
        [
            f"Machine: {cpu}, {os.cpu_count()} cores, {memory} memory, {platform.platform()}",
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}),"
            f" SQLCipher {cipher} (SQLite {sqlcipher3.sqlite_version})",
            f"Load average before the run: {load} (other work on the machine slows the figures)",
        ]
    )


def median(timings: list[float]) -> float:
    return statistics.median(timings)


def timed(action: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return median(timings), timings


def report(results: list[Result]) -> bool:
    print()
    print(f"{'Benchmark':<52} {'figure':>11} {'target':>11}  result")
    for result in results:
        figure = f"{result.figure:.3g} {result.unit}"
        target = f"≤ {result.target:g} {result.unit}"
        verdict = "met" if result.met else "MISSED"
        print(f"{result.name:<52} {figure:>11} {target:>11}  {verdict}")
        if result.detail:
            print(f"    {result.detail}")
    missed = [r.name for r in results if not r.met]
    print()
    print("All targets met." if not missed else f"Missed: {', '.join(missed)}")
    return not missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each quick benchmark")
    parser.add_argument("--only", nargs="*", default=None, help="benchmark names to run")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    options = parser.parse_args(argv)
    if options.list:
        for name, _case in bench_cases.CASES:
            print(name)
        return 0
    print(machine(), flush=True)
    started = time.perf_counter()
    vault, summary = cached_vault(lambda step: print(f"  {step}…", flush=True))
    print(
        f"Vault: {summary['transactions']:,} transactions, {summary['receipts']:,} receipts, "
        f"{summary['shifts']:,} shifts, {summary['payslips']} payslips, "
        f"{summary['bytes'] / 2**20:.0f} MiB (made in {summary['seconds']} s by generator "
        f"version {summary['generator_version']}; ready in {time.perf_counter() - started:.1f} s)",
        flush=True,
    )
    work = PRIVATE / "vaults" / vault.name
    shutil.copytree(vault, work)
    context = bench_cases.Context(vault=work, scratch=PRIVATE / "scratch", runs=options.runs)
    context.scratch.mkdir()
    results: list[Result] = []
    try:
        for name, case in bench_cases.CASES:
            if options.only and name not in options.only:
                continue
            print(f"- {name}…", flush=True)
            for figure in case(context):
                results.append(Result(*figure))
                shown = results[-1]
                print(f"    {shown.name}: {shown.figure:.3g} {shown.unit} (≤ {shown.target:g})")
    finally:
        context.close()
        shutil.rmtree(PRIVATE, ignore_errors=True)
    return 0 if report(results) else 1


if __name__ == "__main__":
    sys.exit(main())
