"""文化和旅游 Culture and Tourism."""
from common import *

ITEMS = [
    item("WL-001", "民宿开办（联审联办，一件事）", "Opening a homestay (joint review)", 15, 20, "person",
         ["民宿", "农家乐", "开民宿"], [
             matx("operator-id", "经营者居民身份证", "Operator's ID card"), mat("business-licence"), mat("realty-cert"),
             matx("fire-commitment", "消防安全承诺书", "Fire safety commitment", cm=True),
             matx("security-hygiene", "治安、卫生相关材料", "Public security and hygiene documents"),
         ], [
             num("guestRooms", "客房数", "Guest rooms", True, min=1, max=14, help=("浙江民宿客房不超过14间", "At most 14 rooms in Zhejiang")),
             num("beds", "床位数", "Beds", True, min=1, max=60),
             num("buildingFloors", "经营用房层数", "Storeys", True, min=1, max=4),
             yn("providesMeals", "是否提供餐饮", "Serves meals"),
         ], tpl=["business-premises"], al=["民宿审批"], law=["《旅游民宿基本要求与等级划分》（GB/T 41648-2022）", "《中华人民共和国消防法》"]),
    item("WL-002", "农村文化礼堂/村级文化活动场地使用申请", "Use of a village cultural hall", 0, None, "person",
         ["文化礼堂", "场地借用", "村里办活动"], [mat("id-card"), matx("activity-plan", "活动方案", "Activity plan")], [
             text("activityName", "活动名称", "Activity", True, maxLength=60),
             date("activityDate", "活动日期", "Date", True, minDate="today"),
             num("participants", "预计人数", "Expected participants", True, min=1, max=2000),
         ], al=["文化礼堂使用"], law=["《中华人民共和国公共文化服务保障法》"]),
]

ITEMS += [
    item("WL-003", "营业性演出（乡村）备案受理", "Commercial performances in villages: filing", 3, 20, "both",
         ["演出备案", "营业性演出", "村晚", "文艺演出"], [matx("organiser-proof", "演出举办单位证明", "Organiser's credentials", el=True),
                                             matx("programme", "演出节目单", "Programme"), matx("performer-ids", "演员身份证明", "Performers' IDs")], [
             text("showName", "演出名称", "Title", True, maxLength=60),
             addr("showVenue", "演出场所", "Venue", True),
             date("showDate", "演出日期", "Date", True, minDate="today"),
             num("audience", "预计观众人数", "Expected audience", True, min=1, max=50000),
             num("performers", "演员人数", "Performers", True, min=1, max=500),
         ], al=["演出备案"], law=["《营业性演出管理条例》"]),

    item("WL-004", "民宿等级评定申请", "Guesthouse grading application", 20, None, "both",
         ["民宿评级", "等级民宿", "白金宿"], [mat("business-licence"), matx("minsu-licences", "特种行业、卫生、消防等证照", "Police, health and fire permits", el=True)], [
             ccode("creditCode", "统一社会信用代码", "Unified social credit code", True),
             radio("targetGrade", "申请等级", "Grade applied for", O("c|丙级|Grade C", "b|乙级|Grade B", "a|甲级|Grade A"), True),
             num("guestRooms", "客房数", "Rooms", True, min=1, max=14),
             past("openedDate", "开业日期", "Opened on", True),
         ], al=["民宿评级申请"], law=["《旅游民宿基本要求与等级划分》（GB/T 41648-2022）"]),
]
