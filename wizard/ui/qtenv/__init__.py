"""Qt's environment: shims and checks around Qt and QtWebEngine, the lock, the PDF guide."""
