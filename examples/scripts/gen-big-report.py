#!/usr/bin/env python3
"""Writes a large report in the genre, for memory and throughput measurements of `gongbao extract`.

Paragraphs of original sentences (written for this script, not copied from any report) with their figures
varied by a seeded random generator, one paragraph a line, until the output reaches the size asked for.
Every few paragraphs is in Traditional characters and some paragraphs carry a supplementary-plane character
(CJK Extension B), so that decoding and the parser see what real corpora hold.

    python3 examples/scripts/gen-big-report.py 50 /tmp/big.txt            # 50 MB of UTF-8 text
    python3 examples/scripts/gen-big-report.py 200 /tmp/big.jsonl --jsonl  # 200 MB of JSON Lines records

With --jsonl each record ({"id": "r000001", "text": …}) holds a report of 8 to 15 paragraphs.
"""
import json
import random
import sys

PLACES = ["全市", "全县", "全区", "我市", "全省"]
PERIODS = ["上半年", "一季度", "前三季度", "1—5月份", "全年", "1-10月"]
SIMPLIFIED = [
    "{p}，{r}规模以上工业增加值增长{g}%，高于全省平均水平{d}个百分点，居全省第{k}位。",
    "{r}一般公共预算收入{a}亿元，同比增长{g}%，其中税收收入{b}亿元，增长{h}%，占一般公共预算收入的比重为{s}%。",
    "固定资产投资同比增长{g}%，其中工业投资增长{h}%，技改投资增长{g2}%，高于工业投资增速{d}个百分点。",
    "社会消费品零售总额{a}亿元，同比增长{g}%；城镇居民人均可支配收入{n}元，增长{h}%。",
    "新开工亿元以上项目{c}个，完成投资{a}亿元，完成年度计划的{s}%。",
    "进出口总额{a}亿元，下降{h}%，其中出口{b}亿元，增长{g}%。",
    "城镇新增就业{w}万人，完成年度目标的{s}%；全年接待游客{t}万人次，旅游总收入{a}亿元，增长{g}%。",
    "一般公共预算支出{a}亿元，增长{g}%，民生支出{b}亿元，占比{s}%。",
    "规上工业综合能源消费量{e}万吨标准煤，同比下降{h}%；全社会用电量{a}亿千瓦时，增长{g}%。",
    "金融机构本外币存款余额{a}亿元，比年初增加{b}亿元，同比增长{g}%，增速居全市第{k}位。",
]
TRADITIONAL = [
    "{p}，{r}規模以上工業增加值增長{g}%，高於全省平均水平{d}個百分點。",
    "{r}一般公共預算收入{a}億元，同比增長{g}%，其中稅收收入{b}億元，增長{h}%。",
    "社會消費品零售總額{a}億元，同比增長{g}%，居全省第{k}位。",
]
RARE = ["\U00020000", "\U0002A6D6", "\U00020BB7", "\U0002000B"]   # CJK Extension B


def figures(rnd):
    g = rnd.randint(1, 250) / 10
    return {
        "p": rnd.choice(PERIODS), "r": rnd.choice(PLACES),
        "g": g, "g2": round(g + rnd.randint(1, 90) / 10, 1), "h": rnd.randint(1, 150) / 10,
        "d": rnd.randint(1, 60) / 10, "k": rnd.randint(1, 20),
        "a": rnd.randint(100, 99999) / 10, "b": rnd.randint(10, 9999) / 10, "s": rnd.randint(100, 999) / 10,
        "n": rnd.randint(15000, 60000), "c": rnd.randint(5, 120), "w": rnd.randint(5, 99) / 10,
        "t": rnd.randint(100, 9999), "e": rnd.randint(10, 999) / 10,
    }


def paragraph(rnd, index):
    pool = TRADITIONAL if index % 7 == 6 else SIMPLIFIED
    sentences = [rnd.choice(pool).format(**figures(rnd)) for _ in range(rnd.randint(2, 5))]
    text = "".join(sentences)
    if index % 11 == 5:
        text = rnd.choice(RARE) + "镇" + text   # a place name written with a supplementary-plane character
    return text


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    jsonl = "--jsonl" in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    target = int(float(args[0]) * 1_000_000)
    rnd = random.Random(20261201)
    written = 0
    index = 0
    record = 0
    with open(args[1], "w", encoding="utf-8", newline="\n") as out:
        while written < target:
            if jsonl:
                record += 1
                paras = []
                for _ in range(rnd.randint(8, 15)):
                    paras.append(paragraph(rnd, index))
                    index += 1
                line = json.dumps({"id": "r%06d" % record, "text": "\n".join(paras)}, ensure_ascii=False) + "\n"
            else:
                line = paragraph(rnd, index) + "\n"
                index += 1
            out.write(line)
            written += len(line.encode("utf-8"))
    print("%s: %d bytes, %d paragraphs%s" % (args[1], written, index,
                                           ", %d records" % record if jsonl else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
