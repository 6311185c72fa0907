#!/usr/bin/env python3
"""One-off: copy item names from shared/domain/township-items.md into items.tsv (run once, output committed).

The benchmark must not read files outside the repo at run time. English names are rough glossary
translations: good enough to exercise English-word search, not for display.
Usage: python3 extract_items.py /work/shared/domain/township-items.md > items.tsv
"""
import re
import sys

DEPTS = {
    "人力社保": "rs", "医保": "yb", "民政": "mz", "卫健": "wj", "残联": "cl", "退役军人": "ty", "人武部": "rw",
    "农业农村": "ny", "住建": "zj", "自然资源": "zr", "林业": "ly", "水利": "sl", "文旅": "wl", "交通": "jt",
    "应急": "yj", "市场监管": "sc", "税务": "sw", "公积金": "gjj", "司法": "sf", "教育": "jy", "公安": "ga",
    "工会": "gh", "妇联": "fl", "供电": "gd", "燃气": "rq", "通信": "tx", "跨部门一件事": "yjs",
}

# Longest match first. Rough, for search testing only.
GLOSSARY = {
    "城乡居民": "urban and rural residents", "基本养老保险": "basic pension insurance", "养老保险": "pension insurance",
    "基本医疗保险": "basic medical insurance", "医疗保险": "medical insurance", "医保": "medical insurance",
    "参保": "insurance enrolment", "登记": "registration", "变更": "change", "申领": "claim", "申请": "application",
    "注销": "cancellation", "补领": "reissue", "换领": "replacement", "待遇": "benefits", "补贴": "subsidy",
    "救助": "assistance", "认定": "recognition", "最低生活保障": "minimum living allowance", "低保": "minimum allowance",
    "残疾人证": "disability certificate", "残疾人": "disabled persons", "残疾": "disability", "社会保障卡": "social security card",
    "社会保险": "social insurance", "失业": "unemployment", "就业": "employment", "创业": "entrepreneurship",
    "培训": "training", "职业技能": "vocational skills", "护理": "nursing care", "长期护理保险": "long-term care insurance",
    "评估": "assessment", "高龄": "elderly", "老年人": "older people", "儿童": "children", "孤儿": "orphans",
    "生育": "birth", "计划生育": "family planning", "独生子女": "only child", "奖励": "reward", "扶助": "support",
    "退役军人": "veterans", "优待证": "preferential treatment card", "优抚对象": "entitled groups", "兵役": "military service",
    "宅基地": "homestead", "建房": "house building", "农村": "rural", "土地": "land", "承包": "contract",
    "流转": "transfer", "备案": "filing", "补偿": "compensation", "住房": "housing", "租赁": "rental", "公积金": "provident fund",
    "提取": "withdrawal", "贷款": "loan", "个体工商户": "individual business", "营业执照": "business licence",
    "食品": "food", "经营": "operation", "许可": "permit", "投诉": "complaint", "受理": "acceptance", "法律援助": "legal aid",
    "调解": "mediation", "居住证": "residence permit", "居住": "residence", "身份证": "ID card", "户口": "household registration",
    "出生": "birth", "死亡": "death", "证明": "certificate", "开具": "issue", "查询": "inquiry", "缴费": "contribution",
    "缴纳": "payment", "医疗": "medical", "费用": "expenses", "报销": "reimbursement", "异地就医": "medical treatment elsewhere",
    "账户": "account", "家庭": "household", "困难": "hardship", "特困人员": "extreme poverty persons", "临时": "temporary",
    "殡葬": "funeral", "安葬": "burial", "预防接种": "vaccination", "健康": "health", "体检": "check-up", "签约": "contract",
    "家庭医生": "family doctor", "辅助器具": "assistive devices", "康复": "rehabilitation", "无障碍": "barrier-free",
    "改造": "renovation", "危房": "dilapidated housing", "不动产": "real estate", "林木采伐": "logging", "野生动物": "wildlife",
    "用火": "fire use", "民宿": "homestay", "演出": "performance", "烟花爆竹": "fireworks", "合作社": "cooperative",
    "农民": "farmers", "税": "tax", "发票": "invoice", "学生": "students", "资助": "financial aid", "入学": "school enrolment",
    "用电": "electricity", "燃气": "gas", "宽带": "broadband", "一件事": "one-thing service", "退休": "retirement",
    "耕地": "farmland", "种粮": "grain growing", "农业保险": "agricultural insurance", "检疫": "quarantine",
    "家庭农场": "family farm", "资格": "eligibility", "复核": "review", "房屋": "housing", "鉴定": "appraisal",
    "银行": "bank", "信息": "information", "采集": "collection", "迁移": "transfer", "挂失": "report loss",
    "终止": "termination", "供养": "support", "津贴": "allowance", "生活": "living", "灵活就业": "flexible employment",
}
KEYS = sorted(GLOSSARY, key=len, reverse=True)

ALIASES = {
    "最低生活保障": "低保", "社会保障卡": "社保卡", "残疾人证": "残疾证", "个体工商户": "个体户", "住房公积金": "公积金",
    "城乡居民基本养老保险": "城乡养老", "城乡居民基本医疗保险": "城乡医保", "长期护理保险": "长护险",
    "残疾人两项补贴": "两项补贴", "高龄津贴": "高龄补贴",
}


def english(name: str) -> str:
    words, i = [], 0
    while i < len(name):
        for k in KEYS:
            if name.startswith(k, i):
                if GLOSSARY[k] not in words:
                    words.append(GLOSSARY[k])
                i += len(k)
                break
        else:
            i += 1
    return " ".join(words) or "service item"


def main() -> int:
    text = open(sys.argv[1], encoding="utf-8").read()
    block = re.search(r"```tsv\n(.*?)```", text, re.S).group(1).strip().splitlines()[1:]
    print("code\tdepartment\tname_zh\tname_en\tkind\tkeywords")
    counters = {}
    for line in block:
        dept, name, kind = line.split("\t")[:3]
        code = DEPTS[dept]
        counters[code] = counters.get(code, 0) + 1
        aliases = "|".join(a for k, a in ALIASES.items() if k in name)
        kind_en = "Instant" if kind == "即办件" else "Promised"
        print(f"{code}-{counters[code]:03d}\t{code}\t{name}\t{english(name)}\t{kind_en}\t{aliases}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
