"""A local JD.ID sandbox: OAuth pages, token endpoints and the gateway on 127.0.0.1.

Sellers and support staff practise on it; every test of the client runs against it.
No Qt here.
"""

from wizard.sandbox.catalog import SandboxSku, SandboxSpu, SandboxState
from wizard.sandbox.config import PracticeAccount, SandboxConfig
from wizard.sandbox.server import CallRecord, SandboxServer

__all__ = [
    "CallRecord",
    "PracticeAccount",
    "SandboxConfig",
    "SandboxServer",
    "SandboxSku",
    "SandboxSpu",
    "SandboxState",
]
