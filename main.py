"""JD.ID Setup Wizard: `python main.py [--sandbox] [--data-dir DIR] [--lang id|en] ...`."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--masters-worker"]:  # the frozen app as its master-list worker
        from wizard.jobs import masters_worker

        sys.exit(masters_worker.main())
    from wizard.app import main

    sys.exit(main())
