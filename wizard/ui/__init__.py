"""The Qt user interface: the wizard window, its pages and small widgets. Never HTTP or SQL."""
