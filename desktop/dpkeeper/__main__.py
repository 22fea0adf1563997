"""``python -m dpkeeper`` starts the desktop app."""

import sys

from dpkeeper.app import main

sys.exit(main())
