"""What the frozen ``direct-payments-keeper`` program runs (PyInstaller needs a script file)."""

import sys

from dpkeeper.app import main

sys.exit(main())
