"""The sandbox's /routerjson: the checks in the documented order, then the method's envelope."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from wizard.jdid.models import WARE_OFFLINE, WARE_ONLINE
from wizard.jdid.signing import parse_timestamp, sign
from wizard.sandbox.catalog import BusinessError, SandboxSku, SandboxSpu, SandboxState

if TYPE_CHECKING:
    from wizard.sandbox.server import SandboxServer

MAX_SKEW_S = 360  # six minutes

DESCRIPTIONS: Mapping[str, tuple[str, str]] = {
    "2": ("应用调用次数超限", "App call limited"),
    "7": ("缺少时间戳参数", "Missing timestamp"),
    "8": ("非法的时间戳参数", "Invalid timestamp"),
    "11": ("缺少签名参数", "Missing signature"),
    "12": ("非法签名", "Invalid signature"),
    "14": ("缺少方法名参数", "Missing method"),
    "15": ("不存在的方法名", "Invalid method"),
    "19": ("无效的access_token", "Invalid access_token"),
    "21": ("无效的app_key", "Invalid app key"),
    "24": ("商家无权调用此API", "Merchant not authorised for this API (not a Qualified Seller)"),
}


def error_envelope(code: str) -> dict[str, Any]:
    zh, en = DESCRIPTIONS[code]
    return {"error_response": {"code": code, "zh_desc": zh, "en_desc": en}}


def _int_list(value: Any) -> list[int]:
    if isinstance(value, list):
        return [int(v) for v in value]
    if isinstance(value, int):
        return [value]
    return [int(v) for v in str(value).split(",") if v.strip()]


def _quoted_list(value: Any) -> list[dict[str, Any]]:
    """The stock methods' list argument, written with single quotes by the platform's docs."""
    rows = value if isinstance(value, list) else json.loads(str(value).replace("'", '"'))
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError("not a list of objects")
    return rows


def _spu_summary(s: SandboxSpu) -> dict[str, Any]:
    return {
        "spuId": s.spu_id,
        "spuName": s.name,
        "wareStatus": s.ware_status,
        "mainImgUri": s.main_image,
        "shopId": s.shop_id,
        "modified": s.modified,
    }


def _spu_detail(s: SandboxSpu) -> dict[str, Any]:
    return {
        **_spu_summary(s),
        "auditStatus": s.audit_status,
        "skuIds": [k.sku_id for k in s.skus],
        "venderId": s.shop_id,
    }


def _sku(k: SandboxSku) -> dict[str, Any]:
    return {
        "skuId": k.sku_id,
        "spuId": k.spu_id,
        "sellerSkuId": k.seller_sku_id,
        "skuName": k.name,
        "jdPrice": k.price,
        "upc": k.upc,
        "status": k.status,
    }


def _list(state: SandboxState, shop: int, p: dict) -> Any:
    page, size = int(p.get("page", 1)), int(p.get("size", 100))
    spus, total = state.page(shop, page, size)
    return {
        "spuInfoVoList": [_spu_summary(s) for s in spus],
        "totalNum": total,
        "pageNum": page,
        "pageSize": size,
    }


def _details(state: SandboxState, shop: int, p: dict) -> Any:
    return [_spu_detail(s) for s in state.spus_by_ids(shop, _int_list(p.get("spuId", "")))]


def _skus(state: SandboxState, shop: int, p: dict) -> Any:
    return [_sku(k) for k in state.skus_of(shop, int(p["spuId"]))]


def _query_stock(state: SandboxState, shop: int, p: dict) -> Any:
    rows = _quoted_list(p["wareStockQueryListStr"])
    return state.query_stock(shop, [int(r["skuId"]) for r in rows])


def _update_stock(state: SandboxState, shop: int, p: dict) -> Any:
    rows = _quoted_list(p["wareStockUpdateListStr"])
    return state.update_stock(shop, [(int(r["skuId"]), int(r["realNum"])) for r in rows])


def _update_price(state: SandboxState, shop: int, p: dict) -> Any:
    state.update_price(shop, int(p["skuId"]), int(round(float(p["salePrice"]))))
    return None


def _shelf(status: int) -> Callable[[SandboxState, int, dict], Any]:
    def run(state: SandboxState, shop: int, p: dict) -> Any:
        state.set_ware_status(shop, _int_list(p.get("spuId", [])), status)
        return None

    return run


RT, ERR = "returnType", "EptRemoteResult"
METHODS: Mapping[str, tuple[str, Callable[[SandboxState, int, dict], Any]]] = {
    "jingdong.seller.product.getWareInfoListByVendorId": (RT, _list),
    "jingdong.seller.product.getWareBySpuIds": (RT, _details),
    "jingdong.seller.product.getSkuInfoBySpuIdAndVenderId": (RT, _skus),
    "jingdong.epistock.queryEpiMerchantWareStock": (ERR, _query_stock),
    "jingdong.epistock.updateEpiMerchantWareStock": (ERR, _update_stock),
    "jingdong.seller.price.updatePriceBySkuIds": (RT, _update_price),
    "jingdong.seller.product.api.write.offShelf": (RT, _shelf(WARE_OFFLINE)),
    "jingdong.seller.product.api.write.onShelf": (RT, _shelf(WARE_ONLINE)),
}
WRITE_METHODS = frozenset(m for m in METHODS if "update" in m.lower() or ".write." in m)


# What a business parameter of the wrong kind raises in the methods: a missing key, text
# where a number belongs, Infinity or 1e999 (OverflowError from int()), or nesting deeper
# than Python walks. Each is the documented PARAM_ERROR envelope, never a dropped connection.
_BAD_PARAMETER = (KeyError, ValueError, TypeError, OverflowError, RecursionError)


def _bad(exc: BaseException) -> str:
    return f"bad parameter ({type(exc).__name__})"


def answer(sandbox: SandboxServer, params: Mapping[str, str], now: float) -> tuple[str, dict, dict]:
    """(code, envelope, business params) for one gateway request; code "0" is success."""
    cfg = sandbox.config
    if not sandbox.app_exists(params.get("app_key", "")):  # no such app in the console
        return "21", error_envelope("21"), {}
    stamp = params.get("timestamp")
    if not stamp:
        return "7", error_envelope("7"), {}
    try:
        skew = abs(parse_timestamp(stamp) - (now + cfg.clock_offset_s))
    except ValueError:
        skew = float("inf")
    if skew > MAX_SKEW_S:
        return "8", error_envelope("8"), {}
    given = params.get("sign")
    if not given:
        return "11", error_envelope("11"), {}
    if given.upper() != sign(cfg.app_secret, params):
        return "12", error_envelope("12"), {}
    method = params.get("method")
    if not method:
        return "14", error_envelope("14"), {}
    if method not in METHODS:
        return "15", error_envelope("15"), {}
    shop = sandbox.issuer.check_access(params.get("access_token", ""), cfg.app_key, now)
    if shop is None:
        return "19", error_envelope("19"), {}
    if not sandbox.allow_call(cfg.app_key, now):
        return "2", error_envelope("2"), {}
    if shop == cfg.shop_id and not cfg.qualified:
        return "24", error_envelope("24"), {}
    wrapper, run = METHODS[method]
    try:
        biz = json.loads(params.get("360buy_param_json") or "{}")
        if not isinstance(biz, dict):
            raise ValueError("360buy_param_json is not an object")
    except (ValueError, RecursionError):  # RecursionError: nested deeper than Python reads
        biz = {}
        result = {"success": False, "code": "PARAM_ERROR", "message": "bad 360buy_param_json"}
        code = "PARAM_ERROR"
    else:
        try:
            model = run(sandbox.state, shop, biz)
            result = {"success": True, "code": "0", "message": "success", "model": model}
            code = "0"
        except BusinessError as exc:
            result = {"success": False, "code": exc.code, "message": exc.message}
            code = exc.code
        except _BAD_PARAMETER as exc:
            result = {"success": False, "code": "PARAM_ERROR", "message": _bad(exc)}
            code = "PARAM_ERROR"
    if code == "0" and method in WRITE_METHODS:
        sandbox.save_state()
    key = method.replace(".", "_") + "_response"
    return code, {key: {"code": "0", wrapper: result}}, biz
