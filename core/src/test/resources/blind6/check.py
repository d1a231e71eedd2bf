#!/usr/bin/env python3
"""Self-check of blind set 6 without the parser.

    python3 check.py            check every NN-*.gold.json in this directory
    python3 check.py -v         also list the figures of each text and what covers them

Checks: JSON layout {"doc","script","facts"}; doc names an existing .txt; 1,500-3,500 characters;
25-60 facts; fields and attrs as in shared/corpus gold files; values are plain decimals (or "top"
for ranks); units from the DESIGN catalogue; companions (unit for amount/count, scope for rank,
benchmark for pp_vs); quote, period, scope and benchmark are verbatim substrings of the text;
every value can be read back from its quote (Arabic digits at scale 1/十/百/千/万/亿/万亿, 倍 x100,
成 x10, N分之M, Chinese-spelled numbers in positional or digit-by-digit form); a negative value
has a decline word in its quote; no duplicate facts; dontcare.json entries are verbatim too; and
every Arabic figure in a text that is not a date or a clock time lies inside a gold quote or a
dontcare quote (so nothing numeric was skipped silently).
"""
import decimal
import glob
import json
import os
import re
import sys

D = decimal.Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
ATTRS = {"amount", "count", "yoy_pct", "mom_pct", "pp_change", "pp_vs", "share_pct", "rank"}
KEYS = {"subject", "attr", "value", "unit", "scope", "benchmark", "period", "quote"}
UNITS = {"CNY", "USD", "EUR", "HKD", "TWD", "MOP", "JPY", "person", "person_time", "tonne", "tce",
         "kWh", "MWh", "GWh", "kW", "MW", "GW", "m2", "km2", "mu", "ha", "km", "m3", "kVA", "kg/mu"}
DECLINE = re.compile(r"[降跌减減落低慢负負缩縮收窄]|少于|少於")
VALUE = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")

CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "廿": 20, "卅": 30, "百": 100, "千": 1000}
CN_BIG = {"萬": 10 ** 4, "万": 10 ** 4, "億": 10 ** 8, "亿": 10 ** 8, "兆": 10 ** 12}
CN_RUN = re.compile(r"[〇○零一二三四五六七八九兩两十廿卅百千萬万億亿兆][〇○零一二三四五六七八九兩两十廿卅百千萬万億亿兆點点.0-9]*")
AR_RUN = re.compile(r"[0-9０-９][0-9０-９,，.．]*")
FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def cn_int(s):
    """Positional or digit-by-digit Chinese integer (may contain Arabic digits); None if unreadable."""
    if not s:
        return D(0)
    if all(c in CN_DIGIT or c.isdigit() for c in s):
        return D("".join(str(CN_DIGIT[c]) if c in CN_DIGIT else c for c in s))
    total, section, num, top = D(0), D(0), None, 0
    for c in s:
        if c in CN_DIGIT or c.isdigit():
            num = D(CN_DIGIT[c] if c in CN_DIGIT else int(c))
        elif c in ("廿", "卅"):
            section += CN_UNIT[c]
            num = None
        elif c in CN_UNIT:
            section += (num if num is not None else D(1)) * CN_UNIT[c]
            num = None
        elif c in CN_BIG:
            section += num or 0
            num = None
            if CN_BIG[c] > top:
                total = (total + section) * CN_BIG[c]
                top = CN_BIG[c]
            else:
                total += section * CN_BIG[c]
            section = D(0)
        else:
            return None
    return total + section + (num or 0)


def cn_number(run):
    """Value of a Chinese-spelled run such as 六一二點四億, 八十三點七, 三萬七千八百二十七, 一二.四."""
    run = run.replace("点", "點").replace(".", "點")
    scale = D(1)
    head = run.rstrip("".join(CN_BIG))
    if "點" in run or not any(c in CN_BIG for c in head):
        for c in run[len(head):]:
            scale *= CN_BIG[c]
        run = head
    if "點" in run:
        ip, _, fp = run.partition("點")
        if not fp or not all(c in CN_DIGIT or c.isdigit() for c in fp):
            return None
        i = cn_int(ip)
        if i is None:
            return None
        f = "".join(str(CN_DIGIT[c]) if c in CN_DIGIT else c for c in fp)
        return (i + D("0." + f)) * scale
    i = cn_int(run)
    return None if i is None else i * scale


def numbers_in(quote):
    q = quote.translate(FW)
    out = []
    for m in AR_RUN.finditer(q):
        t = m.group().replace(",", "").rstrip(".")
        try:
            out.append(D(t))
        except decimal.InvalidOperation:
            pass
    for m in CN_RUN.finditer(q):
        v = cn_number(m.group())
        if v is not None:
            out.append(v)
        # also each piece around 至 / 、 handled by the regex boundaries
    for m in re.finditer(r"([一二三四五六七八九十])分之([一二三四五六七八九])", q):
        out.append(D(CN_DIGIT.get(m.group(2), 0)) / cn_int(m.group(1)) * 100)
    return out


def readable(f):
    v, q, attr = f["value"], f["quote"], f["attr"]
    if v == "top":
        return attr == "rank" and re.search(r"前列|第一方阵|第一方陣|前茅|领先|領先", q) is not None
    val = abs(D(v))
    if val == 0 and re.search(r"持平|不变|不變|相若|维持|維持", q):
        return True
    if attr == "rank" and re.search(r"首位|之冠|第一", q) and val == 1:
        return True
    for n in numbers_in(q):
        for m in (1, 10, 100, 1000, 10 ** 4, 10 ** 8, 10 ** 12, D("0.01")):
            if n * m == val:
                return True
    return False


DATES = [re.compile(r"\d{4}-\d{1,2}-\d{1,2}"), re.compile(r"\d{1,2}:\d{2}"),
         re.compile(r"\d+(?=年|月|日|号|號|时|時)"), re.compile(r"\d+(?=[-—~～至]\d{1,2}月)")]


def date_mask(text):
    mask = [False] * len(text)
    for rx in DATES:
        for m in rx.finditer(text):
            for k in range(m.start(), m.end()):
                mask[k] = True
    return mask


def covered_mask(text, quotes):
    mask = [False] * len(text)
    for q in quotes:
        i = text.find(q)
        while i >= 0:
            for k in range(i, i + len(q)):
                mask[k] = True
            i = text.find(q, i + 1)
    return mask


def main():
    verbose = "-v" in sys.argv
    errors = []
    dc_path = os.path.join(HERE, "dontcare.json")
    dontcare = json.load(open(dc_path, encoding="utf-8")) if os.path.exists(dc_path) else {}
    golds = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.gold.json")))
    if not golds:
        errors.append("no gold files")
    totals, per_attr = {}, {}
    for gp in golds:
        name = os.path.basename(gp)
        stem = name[: -len(".gold.json")]
        err = lambda m: errors.append(f"{name}: {m}")  # noqa: E731
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"not JSON: {e}")
            continue
        if set(g) != {"doc", "script", "facts"}:
            err(f"top-level keys {sorted(g)}")
        if g.get("doc") != stem + ".txt":
            err(f"doc {g.get('doc')!r} should be {stem}.txt")
        tp = os.path.join(HERE, stem + ".txt")
        if not os.path.exists(tp):
            err("text missing")
            continue
        text = open(tp, encoding="utf-8").read()
        if g.get("script") not in ("Hans", "Hant"):
            err(f"script {g.get('script')!r}")
        if not 1500 <= len(text) <= 3500:
            err(f"{len(text)} characters")
        facts = g.get("facts", [])
        if not 25 <= len(facts) <= 60:
            err(f"{len(facts)} facts")
        totals[stem] = len(facts)
        seen = set()
        for i, f in enumerate(facts):
            tag = f"fact {i} ({f.get('subject')}|{f.get('attr')}|{f.get('value')})"
            extra = set(f) - KEYS
            if extra:
                err(f"{tag}: unknown keys {extra}")
            for k in ("subject", "attr", "value", "quote"):
                if not f.get(k) and f.get(k) != "0":
                    err(f"{tag}: missing {k}")
            attr, v = f.get("attr"), str(f.get("value"))
            if attr not in ATTRS:
                err(f"{tag}: attr")
                continue
            per_attr[attr] = per_attr.get(attr, 0) + 1
            if not isinstance(f.get("value"), str):
                err(f"{tag}: value must be a string")
            if not (VALUE.match(v) or (v == "top" and attr == "rank")):
                err(f"{tag}: value not a plain decimal")
                continue
            if attr in ("amount", "count"):
                u = f.get("unit")
                if not u or not (u in UNITS or u.startswith("unit:")):
                    err(f"{tag}: unit {u!r}")
            elif "unit" in f:
                err(f"{tag}: unit on {attr}")
            if attr == "rank" and not f.get("scope"):
                err(f"{tag}: rank without scope")
            if attr != "rank" and "scope" in f:
                err(f"{tag}: scope on {attr}")
            if attr == "pp_vs" and not f.get("benchmark"):
                err(f"{tag}: pp_vs without benchmark")
            if attr != "pp_vs" and "benchmark" in f:
                err(f"{tag}: benchmark on {attr}")
            for k in ("quote", "period", "scope", "benchmark"):
                if k in f and f[k] not in text:
                    err(f"{tag}: {k} {f[k]!r} not verbatim in text")
            if f.get("quote") in text and not readable(f):
                err(f"{tag}: value not readable from quote {f['quote']!r}")
            if v.startswith("-") and not DECLINE.search(f.get("quote", "")):
                err(f"{tag}: negative value without a decline word")
            key = tuple(f.get(k) for k in ("subject", "attr", "value", "unit", "scope", "benchmark", "period", "quote"))
            if key in seen:
                err(f"{tag}: duplicate")
            seen.add(key)
        # dontcare
        dcs = dontcare.get(stem + ".txt", [])
        for d in dcs:
            if set(d) != {"quote", "reason"} or not d.get("reason"):
                err(f"dontcare entry {d}: needs quote and reason")
            if d.get("quote") not in text:
                err(f"dontcare quote {d.get('quote')!r} not verbatim in text")
        # coverage of Arabic figures
        gold_mask = covered_mask(text, [f.get("quote", "") for f in facts])
        dc_mask = covered_mask(text, [d.get("quote", "") for d in dcs])
        tt = text.translate(FW)
        dmask = date_mask(tt)
        for m in AR_RUN.finditer(tt):
            s, e = m.start(), m.end()
            tok = m.group().rstrip(",.")
            e = s + len(tok)
            if all(dmask[s:e]):
                continue
            g_ok = all(gold_mask[s:e])
            d_ok = all(dc_mask[s:e])
            if verbose:
                print(f"  {name} {tok:>12} {'gold' if g_ok else ''} {'dontcare' if d_ok else ''}  …{text[max(0, s - 12):e + 6]}…")
            if not g_ok and not d_ok:
                err(f"figure {tok!r} at {s} is in no gold quote and no dontcare quote: …{text[max(0, s - 15):e + 8]}…")
    for k in dontcare:
        if not os.path.exists(os.path.join(HERE, k)):
            errors.append(f"dontcare.json: {k} has no text")
    for e in errors:
        print("ERROR", e)
    n = sum(totals.values())
    print(f"{len(golds)} gold files, {n} facts: " + ", ".join(f"{k[:2]} {v}" for k, v in totals.items()))
    print("by attr: " + ", ".join(f"{k} {v}" for k, v in sorted(per_attr.items(), key=lambda x: -x[1])))
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
