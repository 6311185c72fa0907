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

ITEMS += [
    item("JT-002", "农村客运/公交线路咨询及投诉受理", "Rural bus routes: enquiries and complaints", 0, None, "person",
         ["公交投诉", "农村客运", "班车"], [mat("id-card", required=False, note=("投诉时提供", "Needed for complaints only"))], [
             radio("busMatter", "事项类型", "Type", O("enquiry|线路、班次咨询|Route or timetable enquiry",
                                                    "complaint|服务投诉|Service complaint", "suggestion|线路增设建议|New route request"), True),
             text("busRoute", "线路名称", "Route", True, maxLength=40),
             area("busDetail", "具体内容", "Details", True, maxLength=800),
         ], al=["公交线路投诉"], law=["《城市公共汽车和电车客运管理规定》", "《道路运输条例》"]),

    item("JT-003", "农村公路损坏报修受理", "Reporting damage to rural roads", 5, None, "person",
         ["路面损坏", "村道破损", "报修"], [matx("road-photos", "损坏现场照片", "Photos of the damage", required=False)], [
             text("roadName", "道路名称（乡道、村道）", "Road", True, maxLength=40),
             addr("damageSpot", "损坏位置", "Location", True),
             sel("roadDamageType", "损坏类型", "Damage", O("pothole|坑槽|Pothole", "collapse|塌方、路基沉陷|Collapse", "bridge|桥梁损坏|Bridge damage",
                                                     "facility|护栏、标志损坏|Guardrail or sign"), True),
         ], al=["村道报修"], law=["《农村公路养护管理办法》"]),
]
