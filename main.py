"""JD.ID Setup Wizard: `python main.py [--sandbox] [--data-dir DIR] [--lang id|en] ...`."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--masters-worker"]:  # the frozen app as its master-list worker
        from wizard.jobs import masters_worker

        sys.exit(masters_worker.main())
    if sys.argv[1:2] == ["--import-worker"]:  # the frozen app as its product import
        from wizard.jobs import import_worker

        sys.exit(import_worker.main())
    if sys.argv[1:2] == ["--push-worker"]:  # the frozen app as its export-sync push
        from wizard.jobs import push_worker

        sys.exit(push_worker.main())
    if sys.argv[1:2] == ["--practice-worker"]:  # the frozen app as its practice platform
        from wizard.store import practice_platform

        sys.exit(practice_platform.main())
    from wizard.app import main

    sys.exit(main())
