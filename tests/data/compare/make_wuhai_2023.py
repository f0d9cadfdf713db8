#!/usr/bin/env python3
"""Turns the Wuhai 2024 sample into its own previous year, consistently.

The 2024 report says its totals grew by 8.20 万元 on the previous year
(199.32 − 8.20 = 191.12) and every other figure it compares with the
previous year is unchanged ("增加 0 万元"). The 8.20 is taken out of the one
line that can carry it alone: project expenditure, 工会事务 (项), whose
single economic class is 其他对个人和家庭的补助. Everything that depends on
it is recomputed by hand below (each replacement says why), and the 2023
copy's own comparisons with its budget and with 2022 are restated so that
they hold. Each replacement must match exactly the number of times given,
so a changed sample fails loudly instead of producing a half-edited copy.

Run from this folder:  python3 make_wuhai_2023.py
"""
import pathlib

SAMPLE = pathlib.Path("../samples/wuhai-zonggonghui-2024-final.txt")
OUTPUT = pathlib.Path("wuhai-2023-derived.txt")

# (old, new, expected count, why)
REPLACEMENTS = [
    ("2024", "2023", None, "the report's year (every date moves with it)"),
    ("199.32", "191.12", 10, "totals: 199.32 − 8.20"),
    ("97.06", "88.86", 5,
     "project expenditure (twice in its economic class) and 工会事务: 97.06 − 8.20"),
    ("一般公共服务（类）决算数为 97.20 万元，与年初预算相比增加 13.06 万元",
     "一般公共服务（类）决算数为 89.00 万元，与年初预算相比增加 4.86 万元",
     1, "class: 89.00 = 0.14 + 88.86; 89.00 − 84.14 = 4.86"),
    ("完成年初预算的 115.55%", "完成年初预算的 105.79%", 1,
     "工会事务: 88.86 ÷ 84 = 105.786 %"),
    ("占 51.30%", "占 53.51%", 1, "basic share: 102.26 ÷ 191.12 = 53.506 %"),
    ("占 48.70%", "占 46.49%", 1, "project share: 88.86 ÷ 191.12 = 46.494 %"),
    ("完成年初预算的 106.01%", "完成年初预算的 101.65%", 1,
     "general budget: 191.12 ÷ 188.01 = 101.654 %"),
    ("各增加 11.31 万元，增长 6.01%", "各增加 3.11 万元，增长 1.65%", 2,
     "against the budget: 191.12 − 188.01 = 3.11; 3.11 ÷ 188.01 = 1.654 %"),
    ("增加 8.20 万元，增长 4.29%", "增加 5.00 万元，增长 2.69%", 4,
     "against 2022 (made up, consistent): 5.00 ÷ 186.12 = 2.686 %"),
]


def main():
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new, expected, why in REPLACEMENTS:
        count = text.count(old)
        if expected is not None and count != expected:
            raise SystemExit(f"{old!r} occurs {count} times, expected {expected} ({why})")
        text = text.replace(old, new)
    OUTPUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
