"""JD.ID Setup Wizard: `python main.py [--sandbox] [--data-dir DIR] [--lang id|en] ...`."""

import sys

from wizard.app import main

if __name__ == "__main__":
    sys.exit(main())
