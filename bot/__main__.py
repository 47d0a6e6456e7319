"""`python -m bot` is the `amora` command."""

import sys

from bot.cli import main

sys.exit(main())
