"""The core must not depend on Qt, so it can be used and tested without a GUI."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import dpkeeper

CORE = ("domain", "records", "vault", "services")


def test_core_modules_do_not_load_qt():
    modules = [
        info.name
        for info in pkgutil.walk_packages(dpkeeper.__path__, "dpkeeper.")
        if info.name.split(".")[1] in CORE or info.name in ("dpkeeper.cli", "dpkeeper.paths")
    ]
    assert len(modules) > 10
    script = "import importlib, sys\n" + "".join(
        f"importlib.import_module({m!r})\n" for m in modules
    )
    script += "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 0


def test_domain_imports_nothing_else_from_the_project():
    domain = Path(dpkeeper.__file__).parent / "domain"
    sources = sorted(domain.glob("*.py"))
    assert sources
    for source in sources:
        for line in source.read_text().splitlines():
            if line.startswith(("from dpkeeper", "import dpkeeper")):
                assert line.startswith("from dpkeeper.domain"), f"{source.name}: {line}"
