"""一件事 bundles: one intake, one merged form, one case per part (parts are item codes)."""
from lib import t


def bundle(code, zh, en, keywords, parts):
    return {"code": code, "name": t(zh, en), "keywords": keywords, "parts": parts}


BUNDLES = [
    bundle("YJS-001", "新生儿出生一件事", "Newborn birth: one-stop",
           ["出生", "新生儿", "生孩子", "宝宝", "出生一件事"],
           ["WJ-004", "YB-001", "RS-008", "WJ-002"]),
    bundle("YJS-002", "退休一件事", "Retirement: one-stop",
           ["退休", "办退休", "养老金", "退休一件事"],
           ["RS-010", "GJJ-004"]),
    bundle("YJS-003", "身后一件事", "After a death: one-stop",
           ["身后", "去世", "死亡", "丧葬", "身后一件事"],
           ["MZ-011", "RS-014", "YB-008", "GJJ-005", "CL-003", "MZ-012"]),
    bundle("YJS-004", "残疾人服务一件事", "Services for people with disabilities: one-stop",
           ["残疾人", "残疾证", "两项补贴", "残疾人服务"],
           ["CL-001", "MZ-007", "MZ-008", "CL-006"]),
    bundle("YJS-005", "社会保障卡居民服务一件事", "Social security card resident services: one-stop",
           ["社保卡", "一卡通", "社会保障卡", "医保码"],
           ["RS-008", "RS-016", "YB-009"]),
    bundle("YJS-006", "困难群众救助一件事", "Assistance for people in hardship: one-stop",
           ["救助", "低保", "困难群众", "医疗救助", "救助一件事"],
           ["MZ-001", "YB-003", "YB-011", "JY-002"]),
    bundle("YJS-007", "农民建房一件事", "Rural house building: one-stop",
           ["农民建房", "宅基地", "建房", "规划许可"],
           ["NN-001", "ZR-001"]),
    bundle("YJS-008", "个体工商户开办一件事", "Opening a sole proprietorship: one-stop",
           ["个体户", "开店", "营业执照", "开办"],
           ["SJ-001", "SJ-007", "SW-006", "RS-005"]),
    bundle("YJS-009", "军人退役一件事", "Leaving the military: one-stop",
           ["退役", "退伍", "军人退役", "老兵"],
           ["TJ-006", "TJ-001", "TJ-002", "RS-018"]),
    bundle("YJS-010", "灵活就业一件事", "Flexible employment: one-stop",
           ["灵活就业", "自由职业", "个人缴社保", "公积金"],
           ["RS-015", "RS-005", "GJJ-007"]),
    bundle("YJS-011", "教育入学一件事", "School enrolment: one-stop",
           ["入学", "上学", "教育入学", "学区"],
           ["JY-001", "ZR-004"]),
    bundle("YJS-012", "个体工商户注销一件事", "Closing a sole proprietorship: one-stop",
           ["个体户注销", "关店", "注销一件事", "不干了"],
           ["SJ-004", "SJ-017", "RS-023"]),
]
