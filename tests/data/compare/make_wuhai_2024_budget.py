#!/usr/bin/env python3
"""Writes the 2024 budget (部门预算) of the unit whose 2024 final is the Wuhai sample.

Plan against actual (预算执行): the sample is 乌海市总工会（差额）'s 2024 部门决算;
this script writes the same unit's 2024 部门预算 from what that final states
about its 年初预算 (initial budget), and nothing else:

  stated by the final (read from the sample below, each must occur exactly once):
    一般公共预算财政拨款支出 年初预算 188.01 (section 五: "与年初预算 188.01 万元相比")
    the six 项 with their 年初预算 (section 五):
      群众团体事务（款）行政运行（项）                      0.14
      群众团体事务（款）工会事务（项）                     84
      行政事业单位养老支出（款）行政单位离退休（项）        24.34
      行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项） 31.85
      行政事业单位医疗（款）行政单位医疗（项）             18.34
      住房改革支出（款）住房公积金（项）                   29.34
    each 类's change against its 年初预算 (section 五: 决算数 ± 差额) and the
      totals' change (section 一: 199.32, 增加 11.31), checked against the sums
    “三公”经费 and its three parts: 全年预算 0, "与年初预算无差异" (section 八)
    the 年初预算数 of the self-evaluated projects (项目支出绩效自评表):
      提高劳模待遇 57, 困难劳模 5, 送温暖 15, 劳动竞赛经费 7,
      市总工会提高劳动模范荣誉津贴补差经费 0 (added during the year)

  derived (the arithmetic is in derive() below; run with --explain to print
  every derived figure with its formula):
    款 = Σ its 项; 类 = Σ its 款; 一般公共预算 = Σ 类
    项目支出 = Σ the projects' 年初预算数 (57 + 5 + 15 + 7 + 0 = 84), which is
      the 工会事务 年初预算: the 工会事务 项 is the project expenditure, every
      other 项 basic expenditure (the final's own 2024 split is the same:
      项目支出 97.06 = 工会事务 97.06)
    基本支出 = Σ the other 项 = 一般公共预算 − 项目支出
    收入: the totals' 年初预算 (199.32 − 11.31 = 188.01) equals the general
      public budget's, so every other source (政府性基金, 国有资本经营, 财政专户,
      事业, 上级补助, 附属单位, 经营, 其他, 上年结转) is 0, and so is every
      other expenditure (政府性基金, 国有资本经营, 结转下年)
    公务用车购置费 and 运行维护费 are 0 because their sum is 0
    shares: part ÷ total × 100, rounded half up to two decimals

Not stated by the final, hence not written: the economic split of the basic
budget (人员经费 / 公用经费, the 基本支出 table by economic class), the
机关运行经费 budget, the 政府采购 budget, the assets at the time of the budget,
and any comparison with the 2023 budget (no 与上年相比 anywhere).

Two files are written: the budget, and a copy with one planted disagreement
with the final's 年初预算 (行政单位医疗 18.34 → 19.34), where every total above
that 项 is recomputed so that the copy is consistent in itself.

Run from this folder:  python3 make_wuhai_2024_budget.py [--explain]
"""
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP, Decimal as D

SAMPLE = pathlib.Path("../samples/wuhai-zonggonghui-2024-final.txt")
UNIT = "乌海市总工会（差额）"  # the name the final's cover and sentences use
YEAR = 2024

# The disagreeing copy: 项 code → its (false) 年初预算.
VARIANTS = {
    "wuhai-2024-budget.txt": {},
    "wuhai-2024-budget-disagreeing.txt": {"2101101": D("19.34")},
}

# The functional classification as the final's section 五 names it.
# (类 code, 类 as the final's heading, 款 code, 款, 项 code, 项, kind, use)
ITEMS = [
    ("201", "一般公共服务", "20129", "群众团体事务", "2012901", "行政运行", "basic",
     "主要用于保障机构正常运转的支出"),
    ("201", "一般公共服务", "20129", "群众团体事务", "2012906", "工会事务", "project",
     "主要用于提高劳模待遇、困难劳模帮扶、送温暖和劳动竞赛等工会事务项目支出"),
    ("208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "2080501", "行政单位离退休",
     "basic", "主要用于行政单位离退休人员的退休费等支出"),
    ("208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "2080505",
     "机关事业单位基本养老保险缴费支出", "basic", "主要用于单位按规定为职工缴纳的基本养老保险费"),
    ("210", "卫生健康支出", "21011", "行政事业单位医疗", "2101101", "行政单位医疗", "basic",
     "主要用于单位按规定为职工缴纳的基本医疗保险费"),
    ("221", "住房保障支出", "22102", "住房改革支出", "2210201", "住房公积金", "basic",
     "主要用于单位按规定为职工缴纳的住房公积金"),
]

# The projects the final self-evaluates, with the 年初预算数 its tables state.
PROJECTS_EXPECTED = {
    "提高劳模待遇": D("57"),
    "困难劳模": D("5"),
    "送温暖": D("15"),
    "劳动竞赛经费": D("7"),
    "市总工会提高劳动模范荣誉津贴补差经费": D("0"),
}

# The 类 of a department budget's 收支总表 (2024 政府收支分类科目), code → name.
SUMMARY_CLASSES = [
    ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"),
    ("204", "公共安全支出"), ("205", "教育支出"), ("206", "科学技术支出"),
    ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"), ("210", "卫生健康支出"),
    ("211", "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"),
    ("214", "交通运输支出"), ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"),
    ("217", "金融支出"), ("219", "援助其他地区支出"), ("220", "自然资源海洋气象等支出"),
    ("221", "住房保障支出"), ("222", "粮油物资储备支出"), ("224", "灾害防治及应急管理支出"),
    ("229", "其他支出"),
]
CHINESE = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二".split()
ZERO = D("0")


# --- reading what the final states -------------------------------------------------

def one(pattern, flat, what):
    found = re.findall(pattern, flat)
    if len(found) != 1:
        raise SystemExit(f"{what}: {len(found)} matches of {pattern!r}, expected 1")
    return found[0]


def read_final(text):
    """The 年初预算 figures the final states, checked against its own totals."""
    flat = re.sub(r"\s+", "", text)  # the sample breaks lines inside sentences
    stated = {}
    stated["gp"] = D(one(r"一般公共预算财政拨款支出决算[\d.]+万元。与年初预算([\d.]+)万元相比",
                         flat, "general public budget"))
    stated["items"] = {}
    for _, _, _, kuan, code, xiang, _, _ in ITEMS:
        stated["items"][code] = D(one(re.escape(f"{kuan}（款）{xiang}（项）。年初预算") +
                                      r"([\d.]+)万元", flat, xiang))
    # Each 类: 决算数 and its change against the 年初预算, as section 五 states them.
    stated["classes"] = {}
    for code, name in dict((c[0], c[1]) for c in ITEMS).items():
        value, direction, delta = one(
            re.escape(f"{name}（类）决算数为") + r"([\d.]+)万元，与年初预算相比(增加|减少)([\d.]+)万元",
            flat, name)
        sign = 1 if direction == "增加" else -1
        stated["classes"][code] = D(value) - sign * D(delta)
    total, delta = one(r"收入、支出决算总计均为([\d.]+)万元。与年初预算相比，收、支总计各增加([\d.]+)万元",
                       flat, "totals")
    stated["totals"] = D(total) - D(delta)
    # Section 八: "财政拨款“三公”经费全年预算 0 万元…其中：因公出国（境）费全年预算 0 万元…"
    for name in ["2024年度财政拨款“三公”经费", "因公出国（境）费", "公务用车购置及运行维护费",
                 "公务接待费"]:
        budget = D(one(re.escape(f"{name}全年预算") + r"([\d.]+)万元", flat, name))
        if budget != ZERO:
            raise SystemExit(f"{name}: 全年预算 {budget}, expected 0")
    one(r"“三公”经费全年预算0万元，支出决算0万元，与预算差异原因：与年初预算无差异", flat,
        "三公 年初预算 = 全年预算")
    stated["projects"] = read_project_budgets(text)
    return stated


def read_project_budgets(text):
    """项目名称 and the 年初预算数 of 年度资金总额 in each 项目支出绩效自评表."""
    projects = {}
    for table in text.split("项目支出绩效自评表")[1:]:
        lines = table.splitlines()
        name = next(l for l in lines if l.startswith("项目名称")).split("\t")
        name = [c.strip() for c in name[1:] if c.strip()][0]
        header = next(l for l in lines if "年初预算数" in l)
        columns = [c.strip() for c in header.split("\t")
                   if c.strip() and not c.strip().startswith("项目资金")]
        row = next(l for l in lines if "年度资金总额" in l)
        numbers = [c.strip() for c in row.split("\t") if re.fullmatch(r"[\d.]+", c.strip())]
        projects[name] = D(numbers[columns.index("年初预算数")])
    if projects != PROJECTS_EXPECTED:
        raise SystemExit(f"project budgets {projects}, expected {PROJECTS_EXPECTED}")
    return projects


# --- the budget's figures ----------------------------------------------------------

def share(part, whole):
    return (part * 100 / whole).quantize(D("0.01"), ROUND_HALF_UP)


def derive(stated, overrides):
    """Every figure of the budget, with the formula that gives it."""
    items = dict(stated["items"])
    items.update(overrides)
    f = {"items": items}
    explain = []

    def note(name, value, formula):
        explain.append((name, value, formula))
        return value

    for code, value in items.items():
        note(f"项 {code}", value, "stated (年初预算)" if code not in overrides
             else f"planted: the final states {stated['items'][code]}")
    f["kuan"], f["classes"] = {}, {}
    for kuan in dict.fromkeys(i[2] for i in ITEMS):
        codes = [i[4] for i in ITEMS if i[2] == kuan]
        f["kuan"][kuan] = note(f"款 {kuan}", sum(items[c] for c in codes),
                               " + ".join(str(items[c]) for c in codes))
    for cls in dict.fromkeys(i[0] for i in ITEMS):
        kuans = list(dict.fromkeys(i[2] for i in ITEMS if i[0] == cls))
        f["classes"][cls] = note(f"类 {cls}", sum(f["kuan"][k] for k in kuans),
                                 " + ".join(str(f["kuan"][k]) for k in kuans))
    f["gp"] = note("一般公共预算支出", sum(f["classes"].values()),
                   " + ".join(str(v) for v in f["classes"].values()))
    f["basic"] = note("基本支出", sum(items[i[4]] for i in ITEMS if i[6] == "basic"),
                      "Σ 项 other than 工会事务")
    f["project"] = note("项目支出", sum(items[i[4]] for i in ITEMS if i[6] == "project"),
                        "工会事务 = Σ projects' 年初预算数 (57 + 5 + 15 + 7 + 0)")
    f["total"] = note("收入/支出预算总计, 本年收入/支出合计, 财政拨款收支总计, 一般公共预算拨款收入",
                      f["gp"], "= 一般公共预算支出 (the final: totals' 年初预算 = general budget's)")
    f["shares"] = {"basic": note("基本支出占比", share(f["basic"], f["total"]),
                                 f"{f['basic']} ÷ {f['total']}"),
                   "project": note("项目支出占比", share(f["project"], f["total"]),
                                   f"{f['project']} ÷ {f['total']}")}
    f["class_shares"] = {c: note(f"类 {c} 占比", share(v, f["gp"]), f"{v} ÷ {f['gp']}")
                         for c, v in f["classes"].items()}
    f["projects"] = {n: v for n, v in stated["projects"].items() if v != ZERO}
    note("projects in the budget", sum(f["projects"].values()),
         "those with 年初预算数 > 0 (the 津贴补差 project was added during the year)")

    # What the final states must hold for the unchanged budget.
    if not overrides:
        assert f["gp"] == stated["gp"] == stated["totals"], (f["gp"], stated["gp"])
        assert f["classes"] == stated["classes"], (f["classes"], stated["classes"])
    assert f["project"] == sum(stated["projects"].values())
    assert f["basic"] + f["project"] == f["gp"]
    assert sum(f["class_shares"].values()) == 100, f["class_shares"]
    assert f["shares"]["basic"] + f["shares"]["project"] == 100, f["shares"]
    return f, explain


# --- the text ------------------------------------------------------------------------

def money(value):
    """An amount in the narrative: two decimals, a plain 0 for nothing."""
    return "0" if value == ZERO else f"{value:.2f}"


def cell(value):
    """An amount in a table: two decimals, empty for nothing."""
    return "" if value is None or value == ZERO else f"{value:.2f}"


def tab(*cells):
    return "\t".join(cells)


def functions_text(text):
    """The final's own description of the unit (part 1), without its year-end counts."""
    duties = re.search(r"一、主要职能、职责\s*\n\s*\n(.+?)\n", text.split("第一部分 部门概况")[2]).group(1)
    body = re.search(r"1\. (根据部门职责分工.+?4 个事业部门。)", text).group(1)
    squeeze = lambda s: re.sub(r"(?<=[\d\u4e00-\u9fff（）“”，。、])\s+|\s+(?=[\d\u4e00-\u9fff（）“”，。、])", "", s)
    return squeeze(duties), squeeze(body)


def budget_text(f, sample_text):
    duties, bodies = functions_text(sample_text)
    items, kuan, classes = f["items"], f["kuan"], f["classes"]
    total, gp, basic, project = f["total"], f["gp"], f["basic"], f["project"]
    by_class = {}
    for i in ITEMS:
        by_class.setdefault(i[0], []).append(i)
    class_names = dict(SUMMARY_CLASSES)
    p = []  # paragraphs
    out = p.append

    # Cover and contents.
    out(f"{UNIT}\n{YEAR}年部门预算公开")
    out("目 录")
    out("第一部分 部门概况\n\n- 一、部门职责\n- 二、机构设置及预算单位构成情况")
    out(f"第二部分 {YEAR}年部门预算情况说明\n\n" + "\n".join([
        "- 一、收支预算总体情况说明",
        "- 二、收入预算情况说明",
        "- 三、支出预算情况说明",
        "- 四、财政拨款收支预算总体情况说明",
        "- 五、一般公共预算当年拨款情况说明",
        "- 六、一般公共预算基本支出情况说明",
        "- 七、一般公共预算“三公”经费支出情况说明",
        "- 八、政府性基金预算支出情况说明",
        "- 九、国有资本经营预算支出情况说明",
        "- 十、其他重要事项的情况说明"]))
    tables = ["部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表",
              "一般公共预算支出表", "一般公共预算“三公”经费支出表", "政府性基金预算支出表",
              "国有资本经营预算支出表", "项目支出预算表"]
    out(f"第三部分 {YEAR}年部门预算表\n\n" +
        "\n".join(f"- {CHINESE[n]}、{t}" for n, t in enumerate(tables)))

    # Part 1.
    out("第一部分 部门概况")
    out("一、部门职责")
    out(duties)
    out("二、机构设置及预算单位构成情况")
    out(f"1. {bodies}")
    out(f"2. 从预算单位构成看，纳入本部门{YEAR}年部门预算编制范围的预算单位共计1家，"
        "具体包括：乌海市总工会部门本级。")

    # Part 2.
    out(f"第二部分 {YEAR}年部门预算情况说明")
    out("一、收支预算总体情况说明")
    out(f"按照综合预算的原则，{UNIT}所有收入和支出均纳入部门预算管理。"
        f"{UNIT}{YEAR}年收入预算总计{money(total)}万元，支出预算总计{money(total)}万元，收支平衡。")
    out(f"收入预算包括：本年收入合计{money(total)}万元，全部为一般公共预算拨款收入；上年结转0万元。")
    out(f"支出预算包括：本年支出合计{money(total)}万元，其中：基本支出{money(basic)}万元，"
        f"项目支出{money(project)}万元；结转下年0万元。")

    out("二、收入预算情况说明")
    out(f"{UNIT}{YEAR}年收入预算总计{money(total)}万元，其中：一般公共预算财政拨款{money(total)}万元，"
        "占100.00%；政府性基金预算财政拨款0万元，占0%；国有资本经营预算财政拨款0万元，占0%；"
        "财政专户管理资金收入0万元，占0%；事业收入0万元，占0%；事业单位经营收入0万元，占0%；"
        "上级补助收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%；"
        "上年结转0万元，占0%。")

    out("三、支出预算情况说明")
    out(f"{UNIT}{YEAR}年支出预算总计{money(total)}万元，其中：基本支出{money(basic)}万元，"
        f"占{f['shares']['basic']}%，主要用于保障机构正常运转、完成日常工作任务和在职、离退休人员的各项支出；"
        f"项目支出{money(project)}万元，占{f['shares']['project']}%，主要用于提高劳模待遇、困难劳模帮扶、"
        "送温暖和劳动竞赛等工会事务项目支出；结转下年0万元。")

    out("四、财政拨款收支预算总体情况说明")
    out(f"{UNIT}{YEAR}年财政拨款收入支出总计{money(total)}万元。收入包括：一般公共预算当年拨款"
        f"{money(gp)}万元，政府性基金预算当年拨款0万元，国有资本经营预算当年拨款0万元，上年结转0万元。"
        f"支出包括：一般公共预算当年拨款支出{money(gp)}万元，政府性基金预算当年拨款支出0万元，"
        "国有资本经营预算当年拨款支出0万元，结转下年0万元。")
    out(f"财政拨款支出预算{money(total)}万元，按支出功能分类：" + "；".join(
        f"{class_names[c]}{money(v)}万元，占{f['class_shares'][c]}%" for c, v in classes.items()) + "。")

    out("五、一般公共预算当年拨款情况说明")
    out(f"{UNIT}{YEAR}年一般公共预算当年拨款支出预算{money(gp)}万元，其中：基本支出{money(basic)}万元，"
        f"项目支出{money(project)}万元。按支出功能分类，具体情况如下：")
    heading_numbers = "一 二 三 四".split()
    for n, (c, rows) in enumerate(by_class.items()):
        name = rows[0][1]
        out(f"（{heading_numbers[n]}）{name}（类）")
        out(f"{name}（类）预算数为{money(classes[c])}万元，占一般公共预算当年拨款的"
            f"{f['class_shares'][c]}%。其中：")
        for k, (_, _, _, kuan_name, code, xiang, _, use) in enumerate(rows, 1):
            out(f"{k}. {kuan_name}（款）{xiang}（项）支出预算{money(items[code])}万元，{use}。")

    out("六、一般公共预算基本支出情况说明")
    out(f"{UNIT}{YEAR}年一般公共预算基本支出{money(basic)}万元，是指为保障机构正常运转、完成日常工作任务"
        "而发生的各项支出，按支出功能分类科目包括：" + "，".join(
            f"{i[5]}{money(items[i[4]])}万元" for i in ITEMS if i[6] == "basic") + "。")

    out("七、一般公共预算“三公”经费支出情况说明")
    out(f"{UNIT}{YEAR}年一般公共预算“三公”经费预算数为0万元，其中：因公出国（境）费预算数为0万元，"
        "公务用车购置及运行维护费预算数为0万元（其中：公务用车购置费0万元，公务用车运行维护费0万元），"
        f"公务接待费预算数为0万元。本部门{YEAR}年未安排“三公”经费预算，无因公出国（境）、"
        "公务用车购置及运行维护和公务接待支出安排。")

    out("八、政府性基金预算支出情况说明")
    out(f"{UNIT}{YEAR}年政府性基金预算财政拨款支出0万元。本部门{YEAR}年没有使用政府性基金预算拨款"
        "安排的支出。")

    out("九、国有资本经营预算支出情况说明")
    out(f"{UNIT}{YEAR}年国有资本经营预算财政拨款支出0万元。本部门{YEAR}年没有使用国有资本经营预算"
        "拨款安排的支出。")

    out("十、其他重要事项的情况说明")
    out("（一）预算绩效目标说明")
    out(f"{YEAR}年本部门实行绩效目标管理的项目{len(f['projects'])}个，涉及一般公共预算当年拨款"
        f"{money(sum(f['projects'].values()))}万元，分别为：" + "、".join(
            f"{n}{money(v)}万元" for n, v in f["projects"].items()) +
        "。各项目均已设定数量、质量、时效、成本、效益和满意度等绩效目标。")

    # Part 3: the tables.
    out(f"第三部分 {YEAR}年部门预算表")
    head = tab(f"部门：{UNIT}", "", "", "单位：万元")

    # 一、部门收支总表
    income_rows = [("一般公共预算拨款收入", total), ("政府性基金预算拨款收入", None),
                   ("国有资本经营预算拨款收入", None), ("财政专户管理资金收入", None),
                   ("事业收入", None), ("上级补助收入", None), ("附属单位上缴收入", None),
                   ("事业单位经营收入", None), ("其他收入", None)]
    rows = [tab("收入", "", "支出", ""), tab("项目", "预算数", "项目", "预算数")]
    for n in range(max(len(income_rows), len(SUMMARY_CLASSES))):
        left = (f"{CHINESE[n]}、{income_rows[n][0]}", cell(income_rows[n][1])) \
            if n < len(income_rows) else ("", "")
        code, name = SUMMARY_CLASSES[n]
        right = (f"{CHINESE[n]}、{name}", cell(classes.get(code)))
        rows.append(tab(*left, *right))
    rows += [tab("本年收入合计", cell(total), "本年支出合计", cell(total)),
             tab("上年结转", "", "结转下年", ""),
             tab("收入总计", cell(total), "支出总计", cell(total))]
    out(f"{CHINESE[0]}、{tables[0]}\n\n{head}\n" + "\n".join(rows))

    def coded_rows(columns):
        """合计 and the 类/款/项 rows; columns(code, level) gives the amount cells."""
        lines = [tab("合计", "", *columns(None, 0))]
        for c, rows_of_class in by_class.items():
            lines.append(tab(c, class_names[c], *columns(c, 1)))
            for k in dict.fromkeys(i[2] for i in rows_of_class):
                lines.append(tab(k, next(i[3] for i in rows_of_class if i[2] == k),
                                 *columns(k, 2)))
                for i in rows_of_class:
                    if i[2] == k:
                        lines.append(tab(i[4], i[5], *columns(i[4], 3)))
        return lines

    def amount(code, level):
        return total if level == 0 else (classes, kuan, items)[level - 1][code]

    def kind_amount(code, level, kind):
        chosen = [i for i in ITEMS if i[6] == kind and (level == 0 or i[(0, 2, 4)[level - 1]] == code)]
        return sum((items[i[4]] for i in chosen), ZERO)

    # 二、部门收入总表
    header = tab("科目编码", "科目名称", "合计", "上年结转", "一般公共预算拨款收入",
                 "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入",
                 "事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入")
    lines = coded_rows(lambda c, l: [cell(amount(c, l)), "", cell(amount(c, l))] + [""] * 8)
    out(f"{CHINESE[1]}、{tables[1]}\n\n{head}\n{header}\n" + "\n".join(lines))

    # 三、部门支出总表
    header = tab("科目编码", "科目名称", "合计", "基本支出", "项目支出", "事业单位经营支出",
                 "上缴上级支出", "对附属单位补助支出")
    lines = coded_rows(lambda c, l: [cell(amount(c, l)), cell(kind_amount(c, l, "basic")),
                                     cell(kind_amount(c, l, "project")), "", "", ""])
    out(f"{CHINESE[2]}、{tables[2]}\n\n{head}\n{header}\n" + "\n".join(lines))

    # 四、财政拨款收支总表
    rows = [tab("收入", "", "支出", "", "", "", ""),
            tab("项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
            tab("一、本年收入", cell(total), "一、本年支出", cell(total), cell(gp), "", ""),
            tab("（一）一般公共预算拨款", cell(gp)) + "\t" + tab(
                f"（一）{class_names['201']}", cell(classes["201"]), cell(classes["201"]), "", "")]
    more_income = ["（二）政府性基金预算拨款", "（三）国有资本经营预算拨款"]
    for n, c in enumerate(list(classes)[1:]):
        left = (more_income[n], "") if n < len(more_income) else ("", "")
        rows.append(tab(*left, f"（{CHINESE[n + 1]}）{class_names[c]}", cell(classes[c]),
                        cell(classes[c]), "", ""))
    rows += [tab("二、上年结转", "", "二、结转下年", "", "", "", ""),
             tab("收入总计", cell(total), "支出总计", cell(total), cell(gp), "", "")]
    out(f"{CHINESE[3]}、{tables[3]}\n\n{head}\n" + "\n".join(rows))

    # 五、一般公共预算支出表
    header = tab("科目编码", "科目名称", "合计", "基本支出", "项目支出")
    lines = coded_rows(lambda c, l: [cell(amount(c, l)), cell(kind_amount(c, l, "basic")),
                                     cell(kind_amount(c, l, "project"))])
    out(f"{CHINESE[4]}、{tables[4]}\n\n{head}\n{header}\n" + "\n".join(lines))

    # 六、一般公共预算“三公”经费支出表
    rows = [tab("合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"),
            tab("", "", "小计", "公务用车购置费", "公务用车运行维护费", ""),
            tab(*["0.00"] * 6)]
    out(f"{CHINESE[5]}、{tables[5]}\n\n{head}\n" + "\n".join(rows))

    # 七、八、政府性基金 / 国有资本经营预算支出表
    for n, kind in [(6, "政府性基金"), (7, "国有资本经营")]:
        rows = [tab("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                tab("合计", "", "", "", "")]
        out(f"{CHINESE[n]}、{tables[n]}\n\n{head}\n" + "\n".join(rows) +
            f"\n\n注：本部门{YEAR}年没有使用{kind}预算拨款安排的支出，故本表无数据。")

    # 九、项目支出预算表
    rows = [tab("项目名称", "功能分类科目编码", "功能分类科目名称", "预算数"),
            tab("合计", "", "", cell(sum(f["projects"].values())))]
    rows += [tab(n, "2012906", "工会事务", cell(v)) for n, v in f["projects"].items()]
    out(f"{CHINESE[8]}、{tables[8]}\n\n{head}\n" + "\n".join(rows))

    return "\n\n".join(p) + "\n"


def main():
    text = SAMPLE.read_text(encoding="utf-8")
    stated = read_final(text)
    for output, overrides in VARIANTS.items():
        figures, explain = derive(stated, overrides)
        if "--explain" in sys.argv:
            print(f"== {output}")
            for name, value, formula in explain:
                print(f"  {name} = {value}    ({formula})")
        pathlib.Path(output).write_text(budget_text(figures, text), encoding="utf-8")


if __name__ == "__main__":
    main()
