"""The sandbox shops' products: realistic, deterministic from the seed, readable back by tests."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from wizard.jdid.models import (
    AUDIT_MODIFYING,
    AUDIT_PASSED,
    AUDIT_PENDING,
    AUDIT_REJECTED,
    WARE_DELETED,
    WARE_OFFLINE,
    WARE_ONLINE,
    WARE_PUNISHED,
)

# (name, SKU code stem, variant kind, lowest price, highest price) in rupiah
_PRODUCTS: tuple[tuple[str, str, str, int, int], ...] = (
    ("Kaos Polos Katun Combed 30s", "KAOS", "wear", 35_000, 89_000),
    ("Kemeja Batik Pria Lengan Panjang", "BATIK", "wear", 120_000, 350_000),
    ("Celana Jeans Slim Fit", "JEANS", "wear", 150_000, 399_000),
    ("Hijab Segi Empat Voal", "HIJAB", "colour", 25_000, 79_000),
    ("Gamis Syari Wanita", "GAMIS", "wear", 180_000, 450_000),
    ("Sepatu Sneakers Kanvas", "SNKR", "shoe", 145_000, 420_000),
    ("Sandal Jepit Karet", "SNDL", "shoe", 15_000, 45_000),
    ("Tas Ransel Laptop 15 inci", "RANSEL", "colour", 175_000, 550_000),
    ("Dompet Kulit Asli", "DOMPET", "colour", 95_000, 260_000),
    ("Kopi Arabika Gayo Bubuk", "KOPI", "weight", 45_000, 180_000),
    ("Teh Melati Tubruk", "TEH", "weight", 12_000, 48_000),
    ("Madu Hutan Murni", "MADU", "weight", 65_000, 240_000),
    ("Sambal Bawang Pedas", "SAMBAL", "single", 22_000, 39_000),
    ("Keripik Singkong Balado", "KRPK", "weight", 15_000, 55_000),
    ("Kecap Manis Botol", "KECAP", "single", 18_000, 32_000),
    ("Minyak Kayu Putih 60 ml", "MKP", "single", 21_000, 29_000),
    ("Sabun Cuci Piring Jeruk Nipis", "SABUN", "single", 12_000, 28_000),
    ("Panci Presto 8 Liter", "PRESTO", "single", 250_000, 520_000),
    ("Rice Cooker Mini 1 Liter", "RICECK", "colour", 189_000, 399_000),
    ("Blender Serbaguna", "BLNDR", "colour", 220_000, 650_000),
    ("Kipas Angin Berdiri 16 inci", "KIPAS", "colour", 210_000, 480_000),
    ("Headset Bluetooth", "HDST", "colour", 89_000, 350_000),
    ("Powerbank 10000 mAh", "PWRBNK", "colour", 99_000, 289_000),
    ("Casing HP Silikon", "CASE", "colour", 15_000, 59_000),
    ("Kabel Data USB Tipe C", "KABEL", "single", 19_000, 65_000),
    ("Mainan Balok Edukasi Anak", "BALOK", "single", 55_000, 150_000),
    ("Popok Bayi Celana", "POPOK", "size", 65_000, 185_000),
    ("Buku Tulis Isi 38 Lembar", "BUKU", "single", 3_500, 8_000),
    ("Lampu LED Hemat Energi", "LED", "single", 18_000, 75_000),
    ("Sprei Katun Motif Bunga", "SPREI", "bed", 120_000, 380_000),
)
_ADJECTIVES = ("", "Premium", "Original", "Terlaris", "Murah", "Edisi Terbatas", "Grosir")
_VARIANTS: Mapping[str, tuple[tuple[str, str], ...]] = {
    "wear": (("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL"), ("XXL", "XXL")),
    "colour": (
        ("Hitam", "HTM"),
        ("Putih", "PTH"),
        ("Merah", "MRH"),
        ("Biru", "BRU"),
        ("Hijau", "HJU"),
    ),
    "shoe": (("38", "38"), ("39", "39"), ("40", "40"), ("41", "41"), ("42", "42")),
    "weight": (("100 gr", "100"), ("250 gr", "250"), ("500 gr", "500"), ("1 kg", "1KG")),
    "size": (("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL")),
    "bed": (("Single", "SGL"), ("Queen", "QN"), ("King", "KNG")),
    "single": (("", ""),),
}

# Roles placed on purpose so every shop of 8+ SPUs has each case at least once.
_ROLES = ("pending", "rejected", "modifying", "offline", "deleted", "punished", "empty", "dup")


@dataclass
class SandboxSku:
    sku_id: int
    spu_id: int
    seller_sku_id: str
    name: str
    price: int
    stock: int
    upc: str
    status: int = 1


@dataclass
class SandboxSpu:
    spu_id: int
    shop_id: int
    name: str
    audit_status: int
    ware_status: int
    main_image: str
    modified: str
    skus: list[SandboxSku] = field(default_factory=list)

    def copy(self) -> SandboxSpu:
        return replace(self, skus=[replace(s) for s in self.skus])


def _ean13(rng: random.Random) -> str:
    digits = "899" + "".join(str(rng.randrange(10)) for _ in range(9))  # 899 = Indonesia
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


def _pick(rng: random.Random, weighted: Iterable[tuple[int, float]]) -> int:
    r = rng.random()
    acc = 0.0
    last = 0
    for value, weight in weighted:
        acc += weight
        last = value
        if r < acc:
            return value
    return last


def generate_shop(
    seed: int, shop_id: int, count: int, spu_base: int, sku_base: int
) -> list[SandboxSpu]:
    """`count` SPUs with 1 to 5 SKUs each; the same arguments always give the same shop."""
    rng = random.Random(f"{seed}:{shop_id}")
    roles: dict[int, str] = {}
    if count >= len(_ROLES):
        roles = dict(zip(rng.sample(range(count), len(_ROLES)), _ROLES, strict=True))
    spus: list[SandboxSpu] = []
    codes: list[str] = []
    spu_id, sku_id = spu_base, sku_base
    for i in range(count):
        role = roles.get(i, "")
        name, stem, kind, lo, hi = _PRODUCTS[rng.randrange(len(_PRODUCTS))]
        adjective = _ADJECTIVES[rng.randrange(len(_ADJECTIVES))]
        full_name = f"{name} {adjective}".strip()
        spu_id += rng.randint(1, 4000)
        audit = {"pending": AUDIT_PENDING, "rejected": AUDIT_REJECTED}.get(role) or (
            AUDIT_MODIFYING
            if role == "modifying"
            else _pick(
                rng,
                (
                    (AUDIT_PASSED, 0.8),
                    (AUDIT_PENDING, 0.07),
                    (AUDIT_REJECTED, 0.06),
                    (AUDIT_MODIFYING, 0.07),
                ),
            )
        )
        ware = {"offline": WARE_OFFLINE, "deleted": WARE_DELETED, "punished": WARE_PUNISHED}.get(
            role
        ) or _pick(
            rng,
            (
                (WARE_ONLINE, 0.85),
                (WARE_OFFLINE, 0.09),
                (WARE_PUNISHED, 0.02),
                (WARE_DELETED, 0.04),
            ),
        )
        if role in ("offline", "deleted", "punished", "empty", "dup"):
            audit = AUDIT_PASSED
        options = _VARIANTS[kind]
        n_skus = 1 if kind == "single" else rng.randint(1, min(5, len(options)))
        chosen = sorted(rng.sample(range(len(options)), n_skus))
        base_price = rng.randrange(lo, hi + 1, 500) // 500 * 500
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        hh, mm, ss = rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59)
        modified = f"2022-{month:02d}-{day:02d} {hh:02d}:{mm:02d}:{ss:02d}"
        spu = SandboxSpu(
            spu_id=spu_id,
            shop_id=shop_id,
            name=full_name,
            audit_status=audit,
            ware_status=ware,
            main_image=f"https://img.jd.id/Indonesia/s300x300_/jfs/t1/{spu_id}.jpg",
            modified=modified,
        )
        for j, opt in enumerate(chosen):
            label, code = options[opt]
            sku_id += rng.randint(1, 90)
            seller_code = f"{stem}-{i + 1:03d}" + (f"-{code}" if code else "")
            if role == "empty" and j == 0 or rng.random() < 0.04:
                seller_code = ""
            elif (role == "dup" and j == 0 or rng.random() < 0.02) and codes:
                seller_code = codes[rng.randrange(len(codes))]
            if seller_code:
                codes.append(seller_code)
            spu.skus.append(
                SandboxSku(
                    sku_id=sku_id,
                    spu_id=spu_id,
                    seller_sku_id=seller_code,
                    name=f"{full_name} {label}".strip(),
                    price=base_price + opt * 5_000,
                    stock=rng.choice((0, rng.randint(1, 15), rng.randint(10, 250))),
                    upc=_ean13(rng) if rng.random() < 0.7 else "",
                )
            )
        spus.append(spu)
    return spus


class BusinessError(Exception):
    """A method refused by the shop's rules (wrapped as success=false, not a gateway code)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class SandboxState:
    """Every shop's products, guarded by one lock; writes are applied and readable back."""

    def __init__(self, shops: Mapping[int, list[SandboxSpu]]) -> None:
        self._lock = threading.Lock()
        self._shops: dict[int, list[SandboxSpu]] = {k: list(v) for k, v in shops.items()}
        self._spu: dict[int, SandboxSpu] = {}
        self._sku: dict[int, SandboxSku] = {}
        for spus in self._shops.values():
            for spu in spus:
                self._spu[spu.spu_id] = spu
                for sku in spu.skus:
                    self._sku[sku.sku_id] = sku
        self.main_shop = next(iter(self._shops))
        self.changes: dict[str, dict[str, int]] = {"stock": {}, "price": {}, "ware": {}}
        self.fail_sku_writes: frozenset[int] = frozenset()  # a knob: these writes are refused

    # --- reading back (tests, the support view) ----------------------------------------

    def spus(self, shop_id: int | None = None) -> list[SandboxSpu]:
        """Copies of every SPU of a shop (the practice shop when None), with SKUs."""
        with self._lock:
            return [s.copy() for s in self._shops.get(shop_id or self.main_shop, [])]

    def stock(self, sku_id: int) -> int:
        with self._lock:
            return self._sku[sku_id].stock

    def price(self, sku_id: int) -> int:
        with self._lock:
            return self._sku[sku_id].price

    def on_sale(self, spu_id: int) -> bool:
        with self._lock:
            return self._spu[spu_id].ware_status == WARE_ONLINE

    def ware_status(self, spu_id: int) -> int:
        with self._lock:
            return self._spu[spu_id].ware_status

    # --- the seller's own changes in Seller Center (tests and support practice) -----------

    def remove_spus(self, shop_id: int, spu_ids: Iterable[int]) -> None:
        """The seller deletes these products: they leave the shop's list for good."""
        gone = set(spu_ids)
        with self._lock:
            self._shops[shop_id] = [s for s in self._shops[shop_id] if s.spu_id not in gone]
            for spu_id in gone:
                spu = self._spu.pop(spu_id, None)
                for sku in spu.skus if spu else []:
                    self._sku.pop(sku.sku_id, None)

    def insert_spus(self, shop_id: int, index: int, spus: Iterable[SandboxSpu]) -> None:
        """The seller adds products; they appear at `index` of the shop's list."""
        new = [s.copy() for s in spus]
        with self._lock:
            self._shops[shop_id][index:index] = new
            for spu in new:
                self._spu[spu.spu_id] = spu
                self._sku.update((k.sku_id, k) for k in spu.skus)

    # --- the gateway's methods ---------------------------------------------------------

    def page(self, shop_id: int, page: int, size: int) -> tuple[list[SandboxSpu], int]:
        if page < 1 or not 1 <= size <= 100:
            raise BusinessError("PARAM_ERROR", "page starts at 1; size is 1 to 100")
        with self._lock:
            spus = self._shops.get(shop_id, [])
            start = (page - 1) * size
            return [s.copy() for s in spus[start : start + size]], len(spus)

    def spus_by_ids(self, shop_id: int, spu_ids: list[int]) -> list[SandboxSpu]:
        if not spu_ids or len(spu_ids) > 20:
            raise BusinessError("PARAM_ERROR", "spuId takes 1 to 20 ids")
        with self._lock:
            found = (self._spu.get(i) for i in spu_ids)
            return [s.copy() for s in found if s is not None and s.shop_id == shop_id]

    def skus_of(self, shop_id: int, spu_id: int) -> list[SandboxSku]:
        with self._lock:
            spu = self._spu.get(spu_id)
            if spu is None or spu.shop_id != shop_id:
                raise BusinessError("SPU_NOT_FOUND", f"spu {spu_id} is not in this shop")
            return [replace(s) for s in spu.skus]

    def _own_sku(self, shop_id: int, sku_id: int) -> SandboxSku | None:
        sku = self._sku.get(sku_id)
        if sku is None or self._spu[sku.spu_id].shop_id != shop_id:
            return None
        return sku

    def query_stock(self, shop_id: int, sku_ids: list[int]) -> list[dict[str, int]]:
        if not sku_ids or len(sku_ids) > 50:
            raise BusinessError("PARAM_ERROR", "1 to 50 skuIds per call")
        with self._lock:
            out = []
            for sku_id in sku_ids:
                sku = self._own_sku(shop_id, sku_id)
                if sku is not None:
                    out.append({"skuId": sku_id, "realNum": sku.stock, "lockNum": 0})
            return out

    def update_stock(self, shop_id: int, rows: list[tuple[int, int]]) -> dict[str, dict]:
        if not rows or len(rows) > 50:
            raise BusinessError("PARAM_ERROR", "1 to 50 SKUs per call")
        out: dict[str, dict] = {}
        with self._lock:
            for sku_id, num in rows:
                sku = self._own_sku(shop_id, sku_id)
                if sku is None:
                    out[str(sku_id)] = _result(False, "SKU_NOT_FOUND", "SKU is not in this shop")
                elif sku_id in self.fail_sku_writes:
                    out[str(sku_id)] = _result(False, "SKU_LOCKED", _LOCKED)
                elif num < 0 or num > 9_999_999:
                    out[str(sku_id)] = _result(False, "INVALID_NUM", "stock must be 0 to 9999999")
                else:
                    sku.stock = num
                    self.changes["stock"][str(sku_id)] = num
                    out[str(sku_id)] = _result(True, "0", "success")
        return out

    def update_price(self, shop_id: int, sku_id: int, price: int) -> None:
        with self._lock:
            sku = self._own_sku(shop_id, sku_id)
            if sku is None:
                raise BusinessError("SKU_NOT_FOUND", f"sku {sku_id} is not in this shop")
            if sku_id in self.fail_sku_writes:
                raise BusinessError("SKU_LOCKED", _LOCKED)
            if price < 100 or price > 1_000_000_000:
                raise BusinessError("INVALID_PRICE", "salePrice must be 100 to 1000000000 rupiah")
            sku.price = price
            self.changes["price"][str(sku_id)] = price

    def set_ware_status(self, shop_id: int, spu_ids: list[int], status: int) -> None:
        if not spu_ids:
            raise BusinessError("PARAM_ERROR", "spuId is empty")
        with self._lock:
            spus = [self._spu.get(i) for i in spu_ids]
            for spu_id, spu in zip(spu_ids, spus, strict=True):
                if spu is None or spu.shop_id != shop_id:
                    raise BusinessError("SPU_NOT_FOUND", f"spu {spu_id} is not in this shop")
                if spu.ware_status in (WARE_DELETED, WARE_PUNISHED):
                    raise BusinessError("SPU_LOCKED", f"spu {spu_id} is deleted or punished")
            for spu in spus:
                assert spu is not None
                spu.ware_status = status
                self.changes["ware"][str(spu.spu_id)] = status

    # --- persistence of writes ---------------------------------------------------------

    def apply_changes(self, changes: Mapping[str, Mapping[str, int]]) -> None:
        with self._lock:
            for sku_id, num in changes.get("stock", {}).items():
                if int(sku_id) in self._sku:
                    self._sku[int(sku_id)].stock = int(num)
                    self.changes["stock"][str(sku_id)] = int(num)
            for sku_id, price in changes.get("price", {}).items():
                if int(sku_id) in self._sku:
                    self._sku[int(sku_id)].price = int(price)
                    self.changes["price"][str(sku_id)] = int(price)
            for spu_id, status in changes.get("ware", {}).items():
                if int(spu_id) in self._spu:
                    self._spu[int(spu_id)].ware_status = int(status)
                    self.changes["ware"][str(spu_id)] = int(status)

    def snapshot_changes(self) -> dict[str, dict[str, int]]:
        with self._lock:
            return {k: dict(v) for k, v in self.changes.items()}


_LOCKED = "this SKU is locked by a running promotion; try again later"


def _result(ok: bool, code: str, message: str) -> dict:
    return {"success": ok, "code": code, "message": message}
