"""The Qt user interface: the wizard window, its pages and small widgets. Never HTTP or SQL."""

from wizard.ui.qtenv import source_scan

source_scan.skip()  # when PySide6 came first (tests, tools); wizard.app.run_gui does it too
