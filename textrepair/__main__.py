"""``python -m textrepair`` runs the command line."""

import sys

from textrepair.cli import main

sys.exit(main())
