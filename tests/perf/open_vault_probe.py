"""Open the large vault in a fresh process, as a person would, and report its peak memory.

    python -m tests.perf.open_vault_probe VAULT PASSPHRASE

Starts the main window (offscreen), unlocks with the passphrase (the vault's real key
derivation), waits for Home, draws it, opens the Money page and draws it, then prints one line
of JSON: the peak resident memory (``ru_maxrss``) and how long each step took.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait_until(app: QApplication, done, timeout: float = 60.0) -> None:
    ends = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > ends:
            raise TimeoutError("the vault did not open in time")
        app.processEvents()
        time.sleep(0.002)


def main(vault: str, passphrase: str) -> dict:
    from keyring.backends.fail import Keyring as NoKeyring

    from dpkeeper.ui import theme
    from dpkeeper.ui.main_window import MainWindow
    from dpkeeper.vault.keychain import Keychain

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    theme.apply(app)
    started = time.perf_counter()
    window = MainWindow(Keychain(NoKeyring()))
    window.resize(1200, 800)
    window.show()
    window.open_vault(Path(vault))
    app.processEvents()
    window.unlock_page.secret.setText(passphrase)
    window.unlock_page.unlock_button.click()
    wait_until(app, lambda: window.workspace is not None and window.workspace.isVisible())
    window.repaint()
    home = time.perf_counter()
    window.workspace.go_to("money")
    window.repaint()
    money = time.perf_counter()
    figures = {
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "to_home_s": home - started,
        "money_s": money - home,
        "money_rows": window.workspace.money.model.rowCount(),
    }
    window.close_vault()
    return figures


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])), flush=True)
    sys.exit(0)
