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

ITEMS += [
    item("GY-004", "居民用电过户（更名）", "Electricity account: change of holder", 3, None, "person",
         ["电费过户", "电表更名", "用电过户"], [mat("id-card"), mat("realty-cert")], [
             text("powerAccountNo", "用电户号", "Account number", True, maxLength=20),
             text("oldHolderName", "原户名", "Current holder", True, maxLength=30),
             sel("transferReason", "过户原因", "Reason", O("sale|房屋买卖|House sold", "inherit|继承|Inheritance", "gift|赠与|Gift"), True),
         ], al=["电表过户"], law=["《供电营业规则》"]),

    item("GY-005", "居民管道燃气过户、销户", "Gas account: change of holder or closing", 3, None, "person",
         ["燃气过户", "燃气销户", "煤气"], [mat("id-card")], [
             text("gasAccountNo", "燃气户号", "Account number", True, maxLength=20),
             radio("gasAction", "办理类型", "Action", O("transfer|过户|Change holder", "close|销户（停气拆表）|Close"), True),
             num("gasReading", "当前表读数（立方米）", "Meter reading (m³)", True, min=0, max=1000000),
         ], al=["燃气过户"], law=["《城镇燃气管理条例》"]),

    item("GY-006", "宽带、有线电视移机、拆机", "Broadband or cable TV: moving or removal", 3, None, "person",
         ["宽带移机", "宽带拆机", "有线电视"], [mat("id-card")], [
             text("broadbandAccount", "宽带（有线）账号", "Account", True, maxLength=30),
             radio("broadbandAction", "办理类型", "Action", O("move|移机|Move", "remove|拆机|Remove"), True),
             addr("newInstallAddress", "新装机地址", "New address", vis=eq("broadbandAction", "move"), rw=eq("broadbandAction", "move")),
         ], al=["宽带移机"], law=["《中华人民共和国电信条例》"]),

    item("GY-007", "居民电动汽车充电桩用电报装", "Home EV charger power connection", 5, None, "person",
         ["充电桩", "电动车充电", "新能源车"], [mat("id-card"), mat("realty-cert"),
                                       matx("parking-proof", "固定车位产权或使用证明", "Proof of the parking space")], [
             text("parkingSpace", "车位位置", "Parking space", True, maxLength=60),
             sel("chargerPower", "充电桩功率", "Charger power", O("7|7千瓦交流|7 kW AC", "11|11千瓦交流|11 kW AC"), True),
             yn("propertyConsent", "物业是否已出具同意意见", "Property management agrees"),
         ], al=["充电桩报装"], law=["《供电营业规则》"]),
]
