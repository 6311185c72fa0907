"""工会 Trade Union."""
from common import *

ITEMS = [
    item("GH-001", "困难职工帮扶救助申请", "Assistance for workers in hardship", 15, None, "person",
         ["困难职工", "工会帮扶", "送温暖"], [
             mat("id-card"), matx("union-member-proof", "工会会员证明", "Trade union membership proof"),
             matx("hardship-statement", "困难情况证明", "Proof of hardship"), mat("bank-card"),
         ], [
             text("employerName", "工作单位", "Employer", True, maxLength=80),
             multi("hardshipReasons", "致困原因", "Causes of hardship", O(
                 "illness|因病|Illness", "disability|因残|Disability", "noLabour|缺乏劳动力|Lack of labour",
                 "education|因学|Education costs", "disaster|因灾|Disaster", "accident|意外事故|Accident",
                 "unemployment|失业|Unemployment", "other|其他|Other"), True),
             DECL(),
         ], tpl=["household-members", "bank-account"], al=["困难职工救助"], law=["《中华人民共和国工会法》"]),
]

ITEMS += [
    item("GH-002", "职工医疗互助保障补助申领", "Employee mutual medical aid: claim", 15, None, "person",
         ["职工医疗互助", "工会互助", "住院补助"], [mat("id-card"), mat("medical-invoice"), mat("discharge-summary"), mat("bank-card")], [
             text("employerName", "工作单位", "Employer", True, maxLength=80),
             num("mutualAidYear", "参保年度", "Year joined", True, min=2020, max=2035),
         ], tpl=["medical-expenses", "bank-account"], al=["职工互助保障理赔"], law=["《中华人民共和国工会法》"]),

    item("GH-003", "职工入会登记", "Joining the trade union", 0, None, "person",
         ["入会", "工会会员", "新就业形态"], [mat("id-card")], [
             text("employerName", "工作单位（新就业形态劳动者填平台名称）", "Employer or platform", True, maxLength=80),
             sel("workerType", "职工类型", "Worker type", O("employee|企业职工|Employee", "courier|快递员|Courier", "rider|外卖骑手|Food-delivery rider",
                                                        "driver|网约车司机|Ride-hailing driver", "other|其他|Other"), True),
             mob("mobile", "手机号码", "Mobile", True),
         ], al=["加入工会"], law=["《中华人民共和国工会法》"]),

    item("GH-004", "困难职工子女助学（金秋助学）申请", "Education aid for children of workers in hardship", 15, None, "person",
         ["金秋助学", "助学", "困难职工子女"], [mat("id-card"), matx("admission", "录取通知书", "Admission letter"), mat("bank-card")], [
             text("studentName", "子女姓名", "Child's name", True, maxLength=30),
             text("university", "录取院校", "University", True, maxLength=60),
             sel("degreeLevel", "学历层次", "Level", O("college|大专|College", "bachelor|本科|Bachelor"), True),
         ], tpl=["bank-account"], al=["金秋助学申请"], law=["《中华人民共和国工会法》"]),
]
