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
