"""The JD.ID gateway client: signed calls with timeouts, retries, refresh and typed results."""

from __future__ import annotations

import json
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

import requests
from requests.adapters import HTTPAdapter

from wizard.jdid import oauth
from wizard.jdid.errors import (
    InvalidCode,
    JdidError,
    LoginExpired,
    PlatformError,
    PlatformUnreachable,
    RateLimited,
    UnexpectedAnswer,
    error_for_code,
)
from wizard.jdid.models import Sku, SkuWriteResult, SpuDetail, SpuPage, SpuSummary
from wizard.jdid.neterrors import transport_error
from wizard.jdid.profiles import EndpointProfile
from wizard.jdid.ratelimit import RateLimiter
from wizard.jdid.signing import format_timestamp, sign
from wizard.jdid.token import Token

log = logging.getLogger(__name__)

M_LIST_SPUS = "jingdong.seller.product.getWareInfoListByVendorId"
M_SPU_DETAILS = "jingdong.seller.product.getWareBySpuIds"
M_SKUS = "jingdong.seller.product.getSkuInfoBySpuIdAndVenderId"
M_QUERY_STOCK = "jingdong.epistock.queryEpiMerchantWareStock"
M_UPDATE_STOCK = "jingdong.epistock.updateEpiMerchantWareStock"
M_UPDATE_PRICE = "jingdong.seller.price.updatePriceBySkuIds"
M_OFF_SHELF = "jingdong.seller.product.api.write.offShelf"
M_ON_SHELF = "jingdong.seller.product.api.write.onShelf"

SPU_BATCH = 20
STOCK_BATCH = 50

T = TypeVar("T")


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _stock_list(rows: list[dict[str, int]]) -> str:
    # The stock methods take a list written with single quotes, as the platform documents it.
    return json.dumps(rows, separators=(",", ":")).replace('"', "'")


def _session_for(url: str) -> requests.Session:
    """A session that honours the system's proxy and CA settings, read once, not per call.

    requests re-reads proxy variables from the environment on every request (measurable on a
    fast local sandbox); they do not change while the app runs.
    """
    session = requests.Session()
    session.proxies = requests.utils.get_environ_proxies(url)
    ca_bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if ca_bundle:
        session.verify = ca_bundle
    session.trust_env = False
    session.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
    return session


class _Retry(Exception):
    """An attempt failed in a way worth another try; `error` is what to raise if none is left."""

    def __init__(self, error: JdidError) -> None:
        super().__init__(error.key)
        self.error = error


class JdidClient:
    """One app's calls to the gateway. Safe to share between threads."""

    def __init__(
        self,
        profile: EndpointProfile,
        app_key: str,
        app_secret: str,
        token: Token | None = None,
        *,
        on_token_refreshed: Callable[[Token], None] | None = None,
        rate_limiter: RateLimiter | None = None,
        connect_timeout: float = 5,
        read_timeout: float = 15,
        total_budget_s: float = 60,
        pool_size: int = 8,
        max_attempts: int = 6,
        backoff_s: float = 0.25,
        backoff_cap_s: float = 4.0,
    ) -> None:
        self.profile = profile
        self.app_key = app_key
        self._secret = app_secret
        self._token = token
        self._on_token_refreshed = on_token_refreshed
        self.rate_limiter = rate_limiter
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.total_budget_s = total_budget_s
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s
        self.backoff_cap_s = backoff_cap_s
        self._host = urlsplit(profile.gateway_url).netloc
        self._refresh_lock = threading.Lock()
        self._refused: Token | None = None  # the token whose refresh was refused
        self._count_lock = threading.Lock()
        self.retries = 0  # calls sent again after a fault (reports show them beside the calls)
        self._rng = random.Random()
        self._session = _session_for(profile.gateway_url)
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=max(1, pool_size), max_retries=0)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def __repr__(self) -> str:
        return f"JdidClient(profile={self.profile.name!r}, app_key={self.app_key!r})"

    # --- token -------------------------------------------------------------------------

    @property
    def token(self) -> Token | None:
        return self._token

    def set_token(self, token: Token | None) -> None:
        self._token = token

    def _refresh(self, seen: Token) -> None:
        """Refresh once for everyone who saw `seen` fail; later callers reuse the new token."""
        with self._refresh_lock:
            if self._token is not seen:
                return
            if self._refused is seen:  # another thread's refresh of this token was refused
                raise LoginExpired("the login has expired; log in again", code="19")
            try:
                new = oauth.refresh(
                    self.profile,
                    self.app_key,
                    self._secret,
                    seen.refresh_token,
                    timeout=(self.connect_timeout, self.read_timeout),
                    backoff_s=self.backoff_s,
                )
            except (LoginExpired, InvalidCode):
                self._refused = seen
                raise LoginExpired("the login has expired; log in again", code="19") from None
            self._token = new
            log.info("access token refreshed (rotated)")
            if self._on_token_refreshed is not None:
                try:
                    self._on_token_refreshed(new)
                except Exception as exc:  # the caller's storage failing must not end the call
                    log.error("on_token_refreshed failed: %s", type(exc).__name__)

    def _refresh_ahead(self) -> None:
        token = self._token
        if token is None or not token.refresh_token or not token.should_refresh():
            return
        try:
            self._refresh(token)
        except JdidError as exc:
            if token.expired():
                raise
            log.info("refresh ahead of expiry failed (%s); the current token still works", exc.key)

    # --- the gateway call --------------------------------------------------------------

    def call(self, method: str, params: Mapping[str, Any] | None = None) -> dict:
        """One gateway method; returns the inner object of its success envelope."""
        return self._call(method, params or {}, use_token=True)

    def check_credentials(self) -> None:
        """One signed call without a token: fine when the only complaint is the missing token."""
        try:
            self._call(M_LIST_SPUS, {"page": 1, "size": 1}, use_token=False)
        except LoginExpired as exc:
            if exc.code == "19":
                return
            raise

    def _call(self, method: str, params: Mapping[str, Any], use_token: bool) -> dict:
        deadline = time.monotonic() + self.total_budget_s
        param_json = json.dumps(params, ensure_ascii=False, separators=(",", ":"))
        refreshed = False
        attempt = 0
        last_error: JdidError | None = None  # of the attempts so far
        if use_token:
            self._refresh_ahead()
        while True:
            token = self._token if use_token else None
            attempt += 1
            try:
                return self._attempt(method, param_json, token, deadline)
            except PlatformUnreachable as exc:
                # No time left for this attempt (the rate limiter's wait, a late wake-up on a
                # busy machine): what the earlier attempts met is what the seller hears.
                raise last_error or exc from None
            except _Retry as retry:
                last_error = retry.error
                delay = min(self.backoff_cap_s, self.backoff_s * 2 ** (attempt - 1))
                delay *= self._rng.uniform(0.5, 1.0)
                if attempt < self.max_attempts and time.monotonic() + delay < deadline:
                    log.info(
                        "%s attempt %d: %s; retry in %.2fs", method, attempt, retry.error, delay
                    )
                    with self._count_lock:
                        self.retries += 1
                    time.sleep(delay)
                    continue
                log.warning("%s failed after %d attempts: %s", method, attempt, retry.error.key)
                raise retry.error from None
            except LoginExpired as exc:
                if exc.code != "19" or refreshed or token is None or not token.refresh_token:
                    raise
                refreshed = True
                self._refresh(token)

    def _attempt(self, method: str, param_json: str, token: Token | None, deadline: float) -> dict:
        limiter = self.rate_limiter
        sent_at = limiter.acquire() if limiter is not None else 0.0
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise PlatformUnreachable(f"{method}: no answer within the time allowed")
        data = {
            "method": method,
            "app_key": self.app_key,
            "timestamp": format_timestamp(),
            "v": "2.0",
            "360buy_param_json": param_json,
        }
        if token is not None:
            data["access_token"] = token.access_token
        data["sign"] = sign(self._secret, data)
        timeout = (min(self.connect_timeout, remaining), min(self.read_timeout, remaining))
        try:
            # Encoded here: requests' generic form encoder costs more than the signing does.
            body = urlencode(data).encode("ascii")
            resp = self._session.post(self.profile.gateway_url, data=body, timeout=timeout)
        except requests.RequestException as exc:
            raise _Retry(transport_error(exc, self._host)) from None
        if resp.status_code >= 500:
            raise _Retry(PlatformUnreachable(f"{method}: HTTP {resp.status_code}"))
        try:
            answer = resp.json()
        except ValueError:
            answer = None
        if resp.status_code != 200 or not isinstance(answer, dict):
            raise UnexpectedAnswer(f"{method}: HTTP {resp.status_code}, not a JSON envelope")
        err = answer.get("error_response")
        error = None
        if err is not None:
            code = str(err.get("code")) if isinstance(err, dict) else "?"
            error = error_for_code(code, method)
        if limiter is not None:  # any answer but code 2 says the pace was fine
            limiter.on_answer(sent_at, rate_limited=isinstance(error, RateLimited))
        if error is not None:
            if isinstance(error, RateLimited):
                raise _Retry(error)
            raise error
        inner = answer.get(method.replace(".", "_") + "_response")
        if not isinstance(inner, dict):
            raise UnexpectedAnswer(f"{method}: the answer has no {method} response")
        return inner

    # --- typed calls -------------------------------------------------------------------

    @staticmethod
    def _model(inner: dict, wrapper: str, method: str, allow_failure: bool = False) -> Any:
        result = inner.get(wrapper)
        if not isinstance(result, dict):
            raise UnexpectedAnswer(f"{method}: no {wrapper} in the answer")
        if not result.get("success") and not allow_failure:
            code = str(result.get("code", ""))
            raise PlatformError(f"{method} refused: {result.get('message', '')}", code=code)
        return result.get("model")

    @staticmethod
    def _parse(method: str, build: Callable[[], T]) -> T:
        try:
            return build()
        except (KeyError, TypeError, ValueError, AttributeError):
            raise UnexpectedAnswer(f"{method}: the answer has an unexpected shape") from None

    def list_spus(self, page: int, size: int = 100) -> SpuPage:
        inner = self.call(M_LIST_SPUS, {"page": page, "size": size})
        model = self._model(inner, "returnType", M_LIST_SPUS)

        def build() -> SpuPage:
            items = [
                SpuSummary(
                    spu_id=int(d["spuId"]),
                    name=str(d.get("spuName", "")),
                    ware_status=int(d.get("wareStatus", 0)),
                    main_image=str(d.get("mainImgUri", "")),
                )
                for d in model.get("spuInfoVoList") or []
            ]
            return SpuPage(items=items, total=int(model.get("totalNum", 0)), page=int(page))

        return self._parse(M_LIST_SPUS, build)

    def iter_spus(self, size: int = 100) -> Iterator[SpuSummary]:
        """Every SPU of the shop, page by page."""
        page = 1
        seen = 0
        while True:
            result = self.list_spus(page, size)
            yield from result.items
            seen += len(result.items)
            if not result.items or seen >= result.total:
                return
            page += 1

    def get_spu_details(self, spu_ids: Sequence[int]) -> list[SpuDetail]:
        out: list[SpuDetail] = []
        for batch in _batches(list(spu_ids), SPU_BATCH):
            inner = self.call(M_SPU_DETAILS, {"spuId": ",".join(str(i) for i in batch)})
            model = self._model(inner, "returnType", M_SPU_DETAILS)

            def build(model: Any = model) -> list[SpuDetail]:
                return [
                    SpuDetail(
                        spu_id=int(d["spuId"]),
                        name=str(d.get("spuName", "")),
                        audit_status=int(d["auditStatus"]),
                        ware_status=int(d.get("wareStatus", 0)),
                        sku_ids=[int(s) for s in d.get("skuIds") or []],
                        shop_id=int(d.get("shopId", 0)),
                        modified=str(d.get("modified", "")),
                    )
                    for d in model or []
                ]

            out.extend(self._parse(M_SPU_DETAILS, build))
        return out

    def get_skus(self, spu_id: int) -> list[Sku]:
        inner = self.call(M_SKUS, {"spuId": spu_id})
        model = self._model(inner, "returnType", M_SKUS)

        def build() -> list[Sku]:
            return [
                Sku(
                    sku_id=int(d["skuId"]),
                    spu_id=int(d.get("spuId", spu_id)),
                    seller_sku_id=str(d.get("sellerSkuId") or ""),
                    name=str(d.get("skuName", "")),
                    price=int(round(float(d.get("jdPrice", 0)))),
                    upc=str(d.get("upc") or ""),
                    status=int(d.get("status", 0)),
                )
                for d in model or []
            ]

        return self._parse(M_SKUS, build)

    def query_stock(self, sku_ids: Sequence[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for batch in _batches(list(sku_ids), STOCK_BATCH):
            arg = _stock_list([{"skuId": int(s)} for s in batch])
            inner = self.call(M_QUERY_STOCK, {"wareStockQueryListStr": arg})
            model = self._model(inner, "EptRemoteResult", M_QUERY_STOCK)
            out.update(
                self._parse(
                    M_QUERY_STOCK, lambda m=model: {int(d["skuId"]): int(d["realNum"]) for d in m}
                )
            )
        return out

    def update_stock(self, stock: Mapping[int, int]) -> dict[int, SkuWriteResult]:
        out: dict[int, SkuWriteResult] = {}
        items = list(stock.items())
        for batch in _batches(items, STOCK_BATCH):
            arg = _stock_list([{"skuId": int(s), "realNum": int(n)} for s, n in batch])
            inner = self.call(M_UPDATE_STOCK, {"wareStockUpdateListStr": arg})
            model = self._model(inner, "EptRemoteResult", M_UPDATE_STOCK, allow_failure=True)
            if not isinstance(model, dict):
                result = inner.get("EptRemoteResult") or {}
                raise PlatformError(
                    f"{M_UPDATE_STOCK} refused: {result.get('message', '')}",
                    code=str(result.get("code", "")),
                )

            def build(model: dict = model) -> dict[int, SkuWriteResult]:
                return {
                    int(k): SkuWriteResult(
                        sku_id=int(k),
                        ok=bool(v.get("success")),
                        code=str(v.get("code", "")),
                        message=str(v.get("message", "")),
                    )
                    for k, v in model.items()
                }

            out.update(self._parse(M_UPDATE_STOCK, build))
        return out

    def update_price(self, sku_id: int, price: int) -> None:
        inner = self.call(M_UPDATE_PRICE, {"skuId": int(sku_id), "salePrice": int(price)})
        self._model(inner, "returnType", M_UPDATE_PRICE)

    def off_shelf(self, spu_ids: Sequence[int]) -> None:
        inner = self.call(M_OFF_SHELF, {"spuId": [int(s) for s in spu_ids]})
        self._model(inner, "returnType", M_OFF_SHELF)

    def on_shelf(self, spu_ids: Sequence[int]) -> None:
        inner = self.call(M_ON_SHELF, {"spuId": [int(s) for s in spu_ids]})
        self._model(inner, "returnType", M_ON_SHELF)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> JdidClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
