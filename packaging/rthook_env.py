# PyInstaller runtime hook, run before the standard ones (before the Qt hook changes
# QT_PLUGIN_PATH): record the environment as it was, for programs the app starts.
import os

from wizard.ui.qtenv import child_env

child_env.remember_before_bundle(os.environ)
