"""A local JD.ID sandbox: OAuth pages, token endpoints and the gateway on 127.0.0.1.

Sellers and support staff practise on it; every test of the client runs against it.
No Qt here. `python -m wizard.sandbox --help` runs it on its own.

Paths (the same as JD.ID's, under the sandbox's base URL):
- GET /oauth2/to_login: the login form (#email, #password, #login); POST /oauth2/login
  then shows the consent page (#allow, #deny); POST /oauth2/authorize redirects (302) to
  the callback with `code` and `state`, or `error=access_denied` and `state`.
  Error pages carry <body data-error="...">: wrong_app_key, app_not_published,
  wrong_callback, not_qualified (Basic seller), bad_request, expired; a wrong password
  shows the form again with data-error="wrong_password". Language: `lang=id|en`, else
  the browser's Accept-Language, else Bahasa Indonesia.
- GET /oauth2/access_token, /oauth2/refresh_token: token JSON as documented; errors are
  HTTP 400 {"code": N, "msg": ...} with 1001 app_key, 1002 app_secret, 1003 code,
  1004 refresh token, 1005 grant_type (the client maps them).
- /routerjson (GET or POST): the gateway, checks in the documented order.
- /callback: a "login finished" page; /: the practice account.

Call log codes: "0" success, a gateway code ("19", "2", ...), a business code
("SKU_NOT_FOUND", "PARAM_ERROR", ...), a fault ("http_500", "drop", "hang", "garbage"),
or for the token endpoints (methods "oauth2.access_token"/"oauth2.refresh_token") "0" or
the 100x code.
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
