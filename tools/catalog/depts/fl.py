"""妇联 Women's Federation."""
from common import *

ITEMS = [
    item("FL-001", "妇女儿童维权投诉受理", "Complaints on women's and children's rights", 7, None, "person",
         ["妇女维权", "家暴", "家庭暴力", "儿童权益"], [mat("id-card"), matx("complaint-materials", "投诉材料", "Complaint materials")], [
             sel("complaintType", "投诉类型", "Type", O(
                 "domesticViolence|家庭暴力|Domestic violence", "marriage|婚姻家庭权益|Marriage and family rights",
                 "employment|劳动就业性别歧视|Gender discrimination at work", "property|土地、财产权益|Land or property rights",
                 "child|儿童权益|Children's rights", "other|其他|Other"), True),
             area("complaintFacts", "投诉事实与诉求", "Facts and request", True, maxLength=1500),
             yn("needsProtectionOrder", "是否需要协助申请人身安全保护令", "Needs help applying for a protection order"),
         ], al=["妇联维权"], law=["《中华人民共和国妇女权益保障法》", "《中华人民共和国反家庭暴力法》"]),
]

ITEMS += [
    item("FL-002", "困难妇女“两癌”救助申请", "Aid for women in hardship with cervical or breast cancer", 15, None, "person",
         ["两癌救助", "宫颈癌", "乳腺癌", "母亲"], [mat("id-card"), mat("medical-record", name=("二级以上医院病理诊断证明", "Pathology diagnosis from a grade II+ hospital")),
                                          mat("hardship-proof", required=False), mat("bank-card")], [
             radio("cancerType", "病种", "Cancer", O("cervical|宫颈癌|Cervical", "breast|乳腺癌|Breast"), True),
             past("diagnosisDate", "确诊日期", "Diagnosed on", True),
             text("diagnosisHospital", "确诊医院", "Hospital", True, maxLength=60),
         ], tpl=["bank-account"], al=["两癌救助"], law=["《中华人民共和国妇女权益保障法》"]),
]
