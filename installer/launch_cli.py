"""What the frozen ``dpkeeper`` command runs (PyInstaller needs a script file)."""

import sys

from dpkeeper.cli import main

sys.exit(main())
