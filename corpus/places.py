"""China's provinces and prefecture-level cities by their bare names (烟台, 周口, 保定), from the
adcodes table the cpca package ships (read as data; cpca's matcher is not used).

The jieba tagger knows about two thirds of the cities as places: "烟台那边的应急管理部门…" named no
place to it (dev q561 was answered from 济宁's notice instead of refused as an unindexed city).
"""
from __future__ import annotations

import csv
import importlib.util
import re
from functools import cache
from pathlib import Path

# A prefecture-level unit's suffix, cut for its bare name (烟台市 -> 烟台, 大理白族自治州 -> 大理).
_PEOPLES = "回族|白族|藏族|羌族|彝族|傣族|景颇族|傈僳族|苗族|侗族|布依族|土家族|壮族|哈尼族|朝鲜族|蒙古族|蒙古|哈萨克|柯尔克孜"
_SUFFIX = re.compile(rf"(?:{_PEOPLES})*(?:自治州|地区|盟|市|州)$")
# Table rows that are no place of their own (a province's "市辖区", "省直辖县级行政区划").
_NOT_A_PLACE = re.compile(r"市辖区|直辖县|行政区划|^县$")


@cache
def city_names() -> frozenset[str]:
    """Bare names of the prefecture-level cities, prefectures and leagues (two characters or
    more); empty when the table is not installed."""
    table = _table()
    if table is None:
        return frozenset()
    names = set()
    with table.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["adcode"]
            if code[4:] != "00000000" or code[2:4] == "00" or _NOT_A_PLACE.search(row["name"]):
                continue
            bare = _SUFFIX.sub("", row["name"])
            if len(bare) >= 2:
                names.add(bare)
    return frozenset(names)


@cache
def city_pattern() -> re.Pattern[str] | None:
    """One pattern of every bare city name, longest first (a question is scanned once, not once
    per name); None when the table is not installed."""
    names = sorted(city_names(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def _table() -> Path | None:
    spec = importlib.util.find_spec("cpca")  # located, not imported (it loads pandas)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    return path if path.exists() else None
