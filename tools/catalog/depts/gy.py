"""公用事业（水电气网） Utilities — joint connection requests forwarded to the providers."""
from common import *

def connection(code, zh, en, kw, al, fields, law, pd=5):
    return item(code, zh, en, pd, None, "person", kw, [
        mat("id-card"), matx("house-title", "房屋权属证明或宅基地、建房审批材料", "House title or homestead / building approval", el=True),
    ], [addr("connectionAddress", "报装地址", "Address", True)] + fields, al=al, law=law)

ITEMS = [
    connection("GY-001", "居民用电新装、增容（水电气网联合报装）", "Residential electricity connection or capacity increase", ["用电报装", "装电表", "增容"],
               ["电力报装"], [radio("powerAction", "业务类型", "Type", O("new|新装|New", "increase|增容|Capacity increase"), True),
                              sel("capacity", "申请容量", "Capacity", O("4|4千瓦|4 kW", "8|8千瓦|8 kW", "12|12千瓦|12 kW",
                                                                          "16|16千瓦|16 kW"), True)],
               ["《电力供应与使用条例》"]),
    connection("GY-002", "居民管道燃气开户（水电气网联合报装）", "Residential piped gas account opening", ["燃气开户", "天然气", "管道燃气"],
               ["燃气报装"], [multi("gasAppliances", "用气设备", "Appliances", O("stove|燃气灶|Stove", "heater|燃气热水器|Water heater",
                                                                           "boiler|壁挂炉|Wall boiler"), True)],
               ["《城镇燃气管理条例》"]),
    connection("GY-003", "宽带、有线电视报装（水电气网联合报装）", "Broadband and cable TV installation", ["宽带", "有线电视", "装网"],
               ["宽带报装"], [multi("networkServices", "报装业务", "Services", O("broadband|宽带|Broadband", "tv|有线电视|Cable TV"), True)],
               ["《中华人民共和国电信条例》"], pd=3),
]
