"""Files on this computer, without Qt: folders, settings, secrets, logs, diagnostics."""
