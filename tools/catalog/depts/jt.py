"""交通运输 Transport."""
from common import *

ITEMS = [
    item("JT-001", "乡道、村道占用或挖掘审批（委托）", "Occupying or digging up township and village roads", 10, 20, "both",
         ["占道", "挖路", "村道施工"], [
             matx("application", "申请书", "Application letter"), matx("construction-plan", "施工方案", "Construction plan"),
             matx("applicant-id", "身份证或营业执照", "ID card or business licence"), matx("safety-measures", "安全保障措施", "Safety measures"),
         ], [
             radio("roadWorkType", "申请类型", "Type", O("occupy|占用|Occupation", "dig|挖掘|Excavation"), True),
             text("roadName", "道路名称及桩号", "Road and chainage", True, maxLength=60),
             date("workStart", "施工开始日期", "Start", True, minDate="today"),
             date("workEnd", "施工结束日期", "End", True, minDate="today"),
         ], al=["村道挖掘许可"], law=["《中华人民共和国公路法》", "《公路安全保护条例》"]),
]
