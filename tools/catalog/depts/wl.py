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
